import mongoose from 'mongoose';

const uri = process.env.MONGODB_URI ?? 'mongodb://localhost:27017/tasks';

export function connect() {
  return mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
}
