/** The public surface of home: what other features may import. */
export { HomeModule } from './home.module';
