// Numbers and clock times in the reader's locale. Every other word the page
// shows comes from the agent with the data it describes.

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function number(n: number): string {
  return n.toLocaleString('en-US');
}
