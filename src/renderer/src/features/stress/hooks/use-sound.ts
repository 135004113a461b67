// Soft tones and bells made with Web Audio (an oscillator through a gain envelope; no audio files). The audio context
// is created only from a user gesture (the browser's autoplay rule), and nothing sounds unless the person chose it.
import { useCallback, useEffect, useMemo, useRef } from 'react';

/** Peak loudness of a tone: soft, well under full scale. */
const softGain = 0.08;

function playTone(
  context: AudioContext,
  frequencyHz: number,
  seconds: number,
  peak = softGain,
  delaySeconds = 0,
) {
  const at = context.currentTime + delaySeconds;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequencyHz, at);
  // A gentle attack and a long fade, so a tone never clicks or startles.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(peak, at + 0.08);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.05);
}

/** A bell: a fundamental with two quieter, inharmonic partials and a slow decay. */
function playBell(context: AudioContext, frequencyHz: number, delaySeconds = 0) {
  playTone(context, frequencyHz, 4, softGain, delaySeconds);
  playTone(context, frequencyHz * 2.76, 2.5, softGain / 3, delaySeconds);
  playTone(context, frequencyHz * 5.4, 1.5, softGain / 6, delaySeconds);
}

export type ToneName = 'in' | 'hold' | 'out';
const toneHz: Record<ToneName, number> = { in: 392, hold: 330, out: 262 };

export function useSound() {
  const contextRef = useRef<AudioContext | null>(null);
  useEffect(
    () => () => {
      void contextRef.current?.close();
      contextRef.current = null;
    },
    [],
  );

  /** Call from a click or key press: creates (or wakes) the audio context. */
  const unlock = useCallback(() => {
    if (typeof AudioContext === 'undefined') return;
    contextRef.current ??= new AudioContext();
    if (contextRef.current.state === 'suspended') void contextRef.current.resume();
  }, []);

  const tone = useCallback((name: ToneName, seconds: number) => {
    if (contextRef.current) playTone(contextRef.current, toneHz[name], Math.min(1.2, Math.max(0.4, seconds)));
  }, []);
  const bell = useCallback(() => {
    if (contextRef.current) playBell(contextRef.current, 528);
  }, []);
  const endSound = useCallback(() => {
    if (!contextRef.current) return;
    playBell(contextRef.current, 528);
    playBell(contextRef.current, 396, 1.2);
  }, []);

  return useMemo(() => ({ unlock, tone, bell, endSound }), [unlock, tone, bell, endSound]);
}
