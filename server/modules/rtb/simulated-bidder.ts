export const SIM_SCENARIOS = [
  'accept',
  'accept_sip',
  'reject',
  'invalid_number',
  'timeout',
  'slow',
  'garbage',
] as const;
export type SimScenario = (typeof SIM_SCENARIOS)[number];

export type SimAnswer = { delayMs: number; contentType: string; body: string };

/**
 * What the built-in demo bidder answers for each scenario, so a new user can try RTB end to end
 * without an outside buyer. `timeout` answers later than any auction waits.
 */
export function simulatedBid(scenario: SimScenario, bidDollars: number): SimAnswer {
  const json = (body: object, delayMs = 0) => ({
    delayMs,
    contentType: 'application/json',
    body: JSON.stringify(body),
  });
  const accept = { bidAmount: bidDollars, expireInSeconds: 30, bidId: `sim-${Date.now()}` };
  switch (scenario) {
    case 'accept':
      return json({ ...accept, phoneNumber: '+14155550199' });
    case 'accept_sip':
      return json({ ...accept, sipAddress: 'sip:demo-buyer@sip.example.com', phoneNumber: '+14155550199' });
    case 'reject':
      return json({ bidAmount: 0, accepted: false, rejectReason: 'Demo bidder: no capacity right now' });
    case 'invalid_number':
      return json({ ...accept, phoneNumber: '555-CALL-NOW' });
    case 'slow':
      return json({ ...accept, phoneNumber: '+14155550199' }, 800);
    case 'timeout':
      return json({ ...accept, phoneNumber: '+14155550199' }, 10_000);
    case 'garbage':
      return { delayMs: 0, contentType: 'text/html', body: '<html><body>Internal error</body></html>' };
    default: {
      const unknown: never = scenario;
      throw new Error(`unknown scenario ${unknown}`);
    }
  }
}
