// The floor: the least an app on the console's framework packages can ship (see app.tsx).
import { renderFloor } from './app.tsx';

renderFloor();
