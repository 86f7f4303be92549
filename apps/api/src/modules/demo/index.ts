/** The public surface of demo: what other features may import. */
export { DemoModule } from './demo.module';
export { DemoNetworkService } from './demo-network.service';
export { DemoYearService } from './demo-year.service';
