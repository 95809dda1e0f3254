import { accountScoped } from '../../db/account-scoped';
import { buyers } from '../../db/schema';

export const buyerRepository = accountScoped(buyers);
