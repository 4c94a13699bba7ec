// Undo and redo over snapshots of the user's work ({annotations, corrections}).
// Snapshots are immutable values, so keeping them is cheap.
const LIMIT = 200;

export function createHistory(initial) {
  let past = [];
  let present = initial;
  let future = [];
  return {
    get current() { return present; },
    get canUndo() { return past.length > 0; },
    get canRedo() { return future.length > 0; },
    /** Records a new state (the user did something). */
    push(next) {
      past.push(present);
      if (past.length > LIMIT) past.shift();
      present = next;
      future = [];
      return present;
    },
    /** Replaces the state without an undo step (e.g. re-attaching after re-annotation). */
    replace(next) {
      present = next;
      return present;
    },
    undo() {
      if (!past.length) return null;
      future.push(present);
      present = past.pop();
      return present;
    },
    redo() {
      if (!future.length) return null;
      past.push(present);
      present = future.pop();
      return present;
    },
    reset(next) {
      past = [];
      future = [];
      present = next;
      return present;
    },
  };
}
