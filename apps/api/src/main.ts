import { x } from '@stafett/event-store';
console.log(x);
