// One shared ticking clock, so "last seen 3 min ago" stays true.
let now = $state(Date.now());
setInterval(() => {
  now = Date.now();
}, 15_000);

export const clock = {
  get now() {
    return now;
  },
};
