import { Schema, model } from 'mongoose';

const taskSchema = new Schema(
  {
    title: { type: String, required: true },
    done: { type: Boolean, default: false },
    project: { type: Schema.Types.ObjectId, ref: 'Project', required: true, index: true },
    assignee: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true, collection: 'tasks' },
);

export const Task = model('Task', taskSchema);
