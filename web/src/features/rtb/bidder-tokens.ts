/**
 * The tokens a request template, URL or header may use, as the server's token table knows them
 * (server/modules/rtb/tokens.ts). Alternate spellings of the same value are listed together.
 */
export const TEMPLATE_TOKENS: readonly { names: readonly string[]; description: string }[] = [
  { names: ['[Call:CallerId]', '{callerId}'], description: 'Caller’s number in E.164, e.g. +17205550123' },
  { names: ['[tag:InboundNumber:Number-NoPlus]'], description: 'Caller’s number without the plus' },
  { names: ['[tag:InboundNumber:AreaCode]'], description: 'Area code of a North American caller' },
  { names: ['[tag:InboundNumber:State]', '{callerState}'], description: 'Caller’s state, e.g. CO' },
  { names: ['[tag:Geo:ZipCode]', '{callerZip}'], description: 'Caller’s ZIP code' },
  { names: ['[Call:InboundCallId]'], description: 'Id of the call on this platform' },
  { names: ['{requestId}'], description: 'Id of this bid request' },
  { names: ['{campaignId}'], description: 'Id of the campaign' },
  { names: ['[tag:Publisher:Id]'], description: 'Id of the publisher that sent the call' },
  { names: ['[tag:Target:Name]'], description: 'Name of the bidder being pinged' },
  { names: ['[tag:CallInfo:IsDuplicate]'], description: 'true when the caller called recently' },
  { names: ['[Call:ConversionAmount]'], description: 'Revenue of the call so far, e.g. 12.50' },
  { names: ['[Call:ConversionPayout]'], description: 'Payout to the publisher so far' },
  { names: ['{callStartTime}'], description: 'When the call started, ISO 8601' },
  { names: ['{minBid}', '{maxBid}'], description: 'This bidder’s bid range, e.g. 5.00' },
  { names: ['{currency}'], description: 'Currency of the bids, e.g. USD' },
  { names: ['{timestamp}', '{isoTimestamp}'], description: 'Now, as Unix seconds or ISO 8601' },
  { names: ['[user:key]'], description: 'A tag the publisher or tracking URL set on the call' },
  { names: ['[gather:key]'], description: 'What the caller entered in the IVR' },
];
