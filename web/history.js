// Undo and redo over snapshots of the user's work ({annotations, corrections}).
// Snapshots are immutable values, so keeping them is cheap.
// `fit(snapshot)` adapts a snapshot that comes back by undo or redo to the
// world as it is now: the page re-attaches a snapshot taken against an older
// text to the current text (work-snapshot.js), so history survives edits.
const LIMIT = 200;

export function createHistory(initial, { fit = (snapshot) => snapshot } = {}) {
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
      present = fit(past.pop());
      return present;
    },
    redo() {
      if (!future.length) return null;
      past.push(present);
      present = fit(future.pop());
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
