/** The headings of the command reference: every task belongs to one of these categories. */
import type { CategoryInput } from './schema.ts';

const defineCategories = <const T extends readonly CategoryInput[]>(categories: T) => categories;

export const categoryData = defineCategories([
  { id: 'identify', title: 'Identify the system' },
  { id: 'packages', title: 'Packages' },
  { id: 'repositories', title: 'Repositories' },
  { id: 'updates', title: 'Updates and security advisories' },
  { id: 'development', title: 'Development tools and headers' },
  { id: 'kernel', title: 'Kernel' },
  { id: 'selinux', title: 'SELinux' },
  { id: 'services', title: 'Services' },
  { id: 'networking', title: 'Networking' },
  { id: 'time', title: 'Time synchronisation' },
  { id: 'logs', title: 'Logs' },
  { id: 'scheduling', title: 'Scheduled jobs' },
  { id: 'firewall', title: 'Firewall' },
  { id: 'python', title: 'Python' },
  { id: 'java', title: 'Java' },
  { id: 'containers', title: 'Containers' },
  { id: 'aws', title: 'AWS tools' },
  { id: 'security', title: 'Security and compliance' },
  { id: 'servers', title: 'Web and database servers' },
]);

export type CategoryId = (typeof categoryData)[number]['id'];
