/**
 * A soft two-note chime for the end of a discussion, made with Web Audio so no sound file ships.
 * Off unless the facilitator turns it on; browsers may stay silent in a tab nobody has clicked.
 */
export function playChime(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined
  if (!AudioContextClass) return
  const context = new AudioContextClass()
  const notes = [660, 880]
  notes.forEach((frequency, index) => {
    const start = context.currentTime + index * 0.45
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency
    gain.gain.setValueAtTime(0, start)
    gain.gain.linearRampToValueAtTime(0.12, start + 0.05)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(start)
    oscillator.stop(start + 1.25)
  })
  window.setTimeout(() => void context.close(), 2500)
}
