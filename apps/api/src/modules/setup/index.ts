/** The public surface of setup: what other features may import. */
export { DemoResult } from './dtos/setup.dto';
