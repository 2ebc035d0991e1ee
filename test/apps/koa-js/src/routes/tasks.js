import Router from '@koa/router';
import { update, remove } from '../controllers/tasks-controller.js';

const router = new Router();

router.patch('/:id', update);
router.delete('/:id', remove);

export default router;
