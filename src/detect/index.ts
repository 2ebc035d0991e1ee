export { detectProjects, type DetectInput } from './detect-projects.js';
