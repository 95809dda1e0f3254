import { accountScoped } from '../../db/account-scoped';
import { targets } from '../../db/schema';

export const targetRepository = accountScoped(targets);
