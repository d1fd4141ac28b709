/** Every data loader, in build order. Adding an output file is adding a loader here. */
import type { Loader } from '../lib/loader';
import absence from './absence.json.ts';

export const LOADERS: Loader[] = [absence];
