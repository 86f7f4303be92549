/** The public surface of methods: what other features may import. */
export { PhaseKindEnum } from './dtos/method-enums';
export { MethodPhaseDto } from './dtos/method.dto';
export { phaseDtos } from './method-dto';
export { MethodsModule } from './methods.module';
export { MethodsService } from './methods.service';
