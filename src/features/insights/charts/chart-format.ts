const instant = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export const countFormat = new Intl.NumberFormat(undefined);

export const formatInstant = (time: number) => instant.format(time);
export const formatDay = (time: number) => dayFormat.format(time);
export const formatClock = (time: number) => timeFormat.format(time);
export const formatShare = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)} %`;
