import { accountScoped } from '../../db/account-scoped';
import { trackingTags } from '../../db/schema';

export const tagRepository = accountScoped(trackingTags);
