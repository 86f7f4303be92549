/** The public surface of demo: what other features may import. */
export { DemoNetworkService } from './demo-network.service';
