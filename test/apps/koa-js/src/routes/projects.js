import Router from '@koa/router';
import * as projects from '../controllers/projects-controller.js';
import * as tasks from '../controllers/tasks-controller.js';

const router = new Router();

router.get('/', projects.list);
router.post('/', projects.create);
router.get('/:id', projects.show);
router.del('/:id', projects.remove);

// Tasks of one project are addressed through it; standalone task routes live in tasks.js.
const projectTasks = new Router();
projectTasks.get('/', tasks.listForProject);
projectTasks.post('/', tasks.create);
router.use('/:projectId/tasks', projectTasks.routes());

export default router;
