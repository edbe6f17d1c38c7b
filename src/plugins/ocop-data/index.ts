/**
 * The site's one local plugin, and the only code that reads data files.
 * (Routes are added as the data capabilities land.)
 */
import type {Plugin} from '@docusaurus/types';

export default function ocopDataPlugin(): Plugin {
  return {
    name: 'ocop-data',
  };
}
