import { Task } from '../models/task.js';

export async function listForProject(ctx) {
  ctx.body = await Task.find({ project: ctx.params.projectId }).lean();
}

export async function create(ctx) {
  const task = await Task.create({ ...ctx.request.body, project: ctx.params.projectId });
  ctx.status = 201;
  ctx.body = task;
}

export async function update(ctx) {
  const task = await Task.findByIdAndUpdate(ctx.params.id, ctx.request.body, { new: true });
  ctx.assert(task, 404, 'task not found');
  ctx.body = task;
}

export async function remove(ctx) {
  await Task.findByIdAndDelete(ctx.params.id);
  ctx.status = 204;
}
