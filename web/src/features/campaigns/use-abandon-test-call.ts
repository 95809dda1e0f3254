import { useEffect, useRef } from 'react';
import { useHangUpTestCall } from './api';
import { type TestCall, testCallPhase } from './test-call-story';

/**
 * A test call left ringing (or talking to) a target would hold that target's capacity: hang it up
 * when the panel goes away or the page is closed. Returns the same release for "New test call".
 */
export function useAbandonTestCall(call: TestCall | null): (call: TestCall | null) => void {
  const hangUp = useHangUpTestCall();
  const release = (abandoned: TestCall | null) => {
    if (abandoned?.callId && testCallPhase(abandoned) === 'on-target') hangUp(abandoned.callId);
  };
  // The effect below is registered once; it reads the call and the release of the latest render.
  const latest = useRef({ call, release });
  useEffect(() => {
    latest.current = { call, release };
  });

  useEffect(() => {
    const onPageHide = () => latest.current.release(latest.current.call);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      latest.current.release(latest.current.call);
    };
  }, []);

  return release;
}
