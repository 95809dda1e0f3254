import { useFormContext } from 'react-hook-form';
import type { BidderFormValues, BidderPayload } from './bidder-form';

/** The bidder form, from inside one of its sections. */
export const useBidderForm = () => useFormContext<BidderFormValues, unknown, BidderPayload>();
