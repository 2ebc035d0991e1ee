import mongoose, { Schema } from 'mongoose';
// Registers the User model that `owner` refers to, so populate('owner') can find it.
import './user.js';

const projectSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    description: String,
    owner: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

export const Project = mongoose.model('Project', projectSchema);
