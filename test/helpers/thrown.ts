/** thrownMessage runs f and returns the message it threw; it fails the test when f does not throw. */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
