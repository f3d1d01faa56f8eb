/** "+15550102030" → "(555) 010-2030"; other countries' numbers as stored ("+44 2079460000" stays E.164). */
export function formatPhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : e164;
}
