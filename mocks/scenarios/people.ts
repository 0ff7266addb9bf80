import type { Random } from '../random.js';

/** Name pools for generated people: international, because the customers are. */
const firstNames = [
  'Aisha', 'Akira', 'Alejandro', 'Amara', 'Anna', 'Ben', 'Carlos', 'Chen', 'Chloé', 'Daniel',
  'Dmitri', 'Elena', 'Emma', 'Fatima', 'Felix', 'Grace', 'Hannah', 'Hiroshi', 'Ingrid', 'Isabel',
  'Jakob', 'James', 'Julia', 'Kwame', 'Laura', 'Lars', 'Leila', 'Liam', 'Lucía', 'Maja',
  'Marco', 'Maria', 'Mateo', 'Mei', 'Mohammed', 'Nadia', 'Noah', 'Nora', 'Oliver', 'Olga',
  'Omar', 'Priya', 'Rafael', 'Rahul', 'Rosa', 'Samuel', 'Sara', 'Sofia', 'Sven', 'Tariq',
  'Thomas', 'Valentina', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zoe', 'Ana', 'Erik', 'Ines',
] as const;

const lastNames = [
  'Andersen', 'Bakker', 'Banerjee', 'Becker', 'Bianchi', 'Brown', 'Castillo', 'Chen', 'Costa', 'Dubois',
  'Eriksson', 'Fernández', 'Fischer', 'García', 'Hansen', 'Hoffmann', 'Ibrahim', 'Ivanova', 'Jansen', 'Johnson',
  'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lopez', 'Martin', 'Meyer', 'Moreau',
  'Müller', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Okafor', "O'Brien", 'Patel', 'Petrov', 'Popescu',
  'Rossi', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor', 'Thompson',
  'Van Dijk', 'Wagner', 'Walker', 'Wang', 'Weber', 'Williams', 'Wilson', 'Yamamoto', 'Yilmaz', 'Zhang',
] as const;

export interface Person {
  name: string;
  email: string;
}

/**
 * Returns a generator of people with emails unique within `domain` (a second "Anna Weber" becomes
 * `anna.weber2@…`). Emails already taken by hand-written scenario people can be reserved.
 */
export function createPeople(random: Random, domain: string, reserved: readonly string[] = []): () => Person {
  const taken = new Map<string, number>();
  for (const email of reserved) taken.set(email.split('@')[0]!, 1);
  return () => {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const local = emailLocalPart(name);
    const seen = taken.get(local) ?? 0;
    taken.set(local, seen + 1);
    return { name, email: `${seen === 0 ? local : `${local}${seen + 1}`}@${domain}` };
  };
}

/** "Chloé O'Brien" → "chloe.obrien". */
function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
}
