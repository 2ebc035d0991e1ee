import { Project } from '../models/project.js';
import { Task } from '../models/task.js';

export async function list(ctx) {
  ctx.body = await Project.find().sort({ name: 1 }).lean();
}

export async function show(ctx) {
  const project = await Project.findById(ctx.params.id).populate('owner').lean();
  ctx.assert(project, 404, 'project not found');
  ctx.body = project;
}

export async function create(ctx) {
  const project = await Project.create(ctx.request.body);
  ctx.status = 201;
  ctx.body = project;
}

export async function remove(ctx) {
  await Task.deleteMany({ project: ctx.params.id });
  await Project.findByIdAndDelete(ctx.params.id);
  ctx.status = 204;
}
