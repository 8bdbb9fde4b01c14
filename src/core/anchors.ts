/**
 * Anchors that are part of the permalink contract (re-exported by routes.ts, beside the routes). A
 * module of its own, so the search code in the browser takes these without the site's configuration.
 */
export const anchors = {
  /** A task's row in the command matrix. */
  task: (taskId: string) => taskId,
  /** One release's cell of a task in the command matrix. */
  taskCell: (taskId: string, releaseId: string) => `${taskId}--${releaseId}`,
  /** A release's section on a task page. */
  taskRelease: (releaseId: string) => releaseId,
  /** A task's entry in a release page's command list. */
  releaseCommand: (taskId: string) => `cmd-${taskId}`,
  /** A task's entry on a porting page. */
  portTask: (taskId: string) => `task-${taskId}`,
  /** A platform fact's row on a porting page. */
  portFact: (factKey: string) => `fact-${factKey}`,
  /** A category's section in the command matrix. */
  category: (categoryId: string) => categoryId,
} as const;
