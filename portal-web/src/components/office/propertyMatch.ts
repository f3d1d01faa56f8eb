/**
 * Which of a customer's properties a typed text finds (the property picker's search): every typed word must begin a
 * word of the name, street, city or ZIP, in any order and case, so "troutman 1d" finds "Troutman St Garden Suite
 * 1D" and "101" finds "Unit 101" but not every property in ZIP 11101.
 */
export interface PickableProperty {
  id: string;
  name: string;
  active?: boolean | null;
  address?: { line1?: string | null; city?: string | null; postalCode?: string | null } | null;
}

export function propertyText(place: PickableProperty): string {
  return [place.name, place.address?.line1, place.address?.city, place.address?.postalCode].filter(Boolean).join(' ');
}

export function matchProperties<P extends PickableProperty>(places: readonly P[], text: string): P[] {
  const words = wordsOf(text);
  if (!words.length) return [...places];
  return places.filter((place) => {
    const own = wordsOf(propertyText(place));
    return words.every((word) => own.some((part) => part.startsWith(word)));
  });
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
