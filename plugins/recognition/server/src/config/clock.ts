// The plugin's clock: domain functions take `now` as a parameter; this is where it comes from.
// Tests replace `now` to act on a chosen day of the plan's calendar.
export default () => ({
  now: (): Date => new Date(),
});
