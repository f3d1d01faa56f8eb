import { describe, expect, it } from 'vitest';
import { matchProperties } from './propertyMatch';

const places = [
  { id: '1', name: 'Troutman St Garden Suite 1D', address: { line1: '12 Troutman St', city: 'Brooklyn', postalCode: '11237' } },
  { id: '2', name: 'Carroll St Parlor Floor 1F', address: { line1: '301 Carroll St', city: 'Brooklyn', postalCode: '11231' } },
  { id: '3', name: 'Main office', address: { line1: '5 Court Sq', city: 'Long Island City', postalCode: '11101' } },
];

describe('the property picker\'s search', () => {
  it('finds a property by words of its name in any order and case', () => {
    // given a customer's properties; when part of a name is typed out of order; then that property alone
    expect(matchProperties(places, 'suite TROUTMAN').map((place) => place.id)).toEqual(['1']);
  });
  it('finds by street, city or ZIP, and offers every property for an empty text', () => {
    expect(matchProperties(places, 'court sq').map((place) => place.id)).toEqual(['3']);
    expect(matchProperties(places, 'brooklyn').map((place) => place.id)).toEqual(['1', '2']);
    expect(matchProperties(places, '11231').map((place) => place.id)).toEqual(['2']);
    expect(matchProperties(places, '  ')).toHaveLength(3);
  });
  it('matches the beginning of words, so a number does not find every ZIP that contains it', () => {
    const units = [{ id: 'u1', name: 'Unit 1', address: { postalCode: '11101' } }, { id: 'u101', name: 'Unit 101', address: { postalCode: '11101' } }];
    expect(matchProperties(units, 'unit 101').map((place) => place.id)).toEqual(['u101']);
    expect(matchProperties(units, '1110').map((place) => place.id)).toEqual(['u1', 'u101']);
  });
});
