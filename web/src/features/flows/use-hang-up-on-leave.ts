import type { FlowTestStep } from '@contracts/flows';
import { useHangUpTestCall } from '@web/features/campaigns/api';
import { useEffect, useRef } from 'react';

/**
 * A test call left waiting in a flow (or ringing a target) would stay open: hang it up when the
 * panel goes away or the page is closed. Returns the same release for "New test call".
 */
export function useHangUpOnLeave(step: FlowTestStep | null): (step: FlowTestStep | null) => void {
  const hangUp = useHangUpTestCall();
  const release = (open: FlowTestStep | null) => {
    if (open && !open.ended) hangUp(open.callId);
  };
  // Registered once below; reads the step and the release of the latest render.
  const latest = useRef({ step, release });
  useEffect(() => {
    latest.current = { step, release };
  });

  useEffect(() => {
    const onPageHide = () => latest.current.release(latest.current.step);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      latest.current.release(latest.current.step);
    };
  }, []);

  return release;
}
