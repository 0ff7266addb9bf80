import type { Site } from '../../src/api/types.js';
import type { ScenarioContext } from './context.js';

/** Real cities with their IANA time zone, so site addresses and zones agree. */
interface City {
  city: string;
  /** Everything after the street, in the country's usual order. */
  locality: string;
  timeZone: string;
  streets: readonly string[];
}

const cities: readonly City[] = [
  { city: 'Seattle', locality: 'Seattle, WA 98104, United States', timeZone: 'America/Los_Angeles', streets: ['Pine Street', '1st Avenue'] },
  { city: 'Chicago', locality: 'Chicago, IL 60601, United States', timeZone: 'America/Chicago', streets: ['Wacker Drive', 'State Street'] },
  { city: 'Boston', locality: 'Boston, MA 02110, United States', timeZone: 'America/New_York', streets: ['Atlantic Avenue', 'Summer Street'] },
  { city: 'Denver', locality: 'Denver, CO 80202, United States', timeZone: 'America/Denver', streets: ['Larimer Street', 'Blake Street'] },
  { city: 'Toronto', locality: 'Toronto, ON M5V 2T6, Canada', timeZone: 'America/Toronto', streets: ['King Street West', 'Front Street'] },
  { city: 'Mexico City', locality: 'Mexico City 06600, Mexico', timeZone: 'America/Mexico_City', streets: ['Paseo de la Reforma', 'Avenida Insurgentes'] },
  { city: 'São Paulo', locality: 'São Paulo 01310-100, Brazil', timeZone: 'America/Sao_Paulo', streets: ['Avenida Paulista', 'Rua Augusta'] },
  { city: 'London', locality: 'London EC2A 4NE, United Kingdom', timeZone: 'Europe/London', streets: ['Great Eastern Street', 'Old Street'] },
  { city: 'Manchester', locality: 'Manchester M1 1AD, United Kingdom', timeZone: 'Europe/London', streets: ['Piccadilly', 'Portland Street'] },
  { city: 'Dublin', locality: 'Dublin D02 X285, Ireland', timeZone: 'Europe/Dublin', streets: ['Grand Canal Quay', 'Pearse Street'] },
  { city: 'Paris', locality: '75011 Paris, France', timeZone: 'Europe/Paris', streets: ['Rue Oberkampf', 'Boulevard Voltaire'] },
  { city: 'Lyon', locality: '69002 Lyon, France', timeZone: 'Europe/Paris', streets: ['Rue de la République', 'Quai Perrache'] },
  { city: 'Berlin', locality: '10115 Berlin, Germany', timeZone: 'Europe/Berlin', streets: ['Invalidenstraße', 'Chausseestraße'] },
  { city: 'Hamburg', locality: '20457 Hamburg, Germany', timeZone: 'Europe/Berlin', streets: ['Am Sandtorkai', 'Große Elbstraße'] },
  { city: 'Amsterdam', locality: '1012 AB Amsterdam, Netherlands', timeZone: 'Europe/Amsterdam', streets: ['Damrak', 'Prins Hendrikkade'] },
  { city: 'Rotterdam', locality: '3011 AD Rotterdam, Netherlands', timeZone: 'Europe/Amsterdam', streets: ['Coolsingel', 'Wilhelminakade'] },
  { city: 'Madrid', locality: '28013 Madrid, Spain', timeZone: 'Europe/Madrid', streets: ['Gran Vía', 'Calle de Alcalá'] },
  { city: 'Milan', locality: '20121 Milan, Italy', timeZone: 'Europe/Rome', streets: ['Via Montenapoleone', 'Corso Como'] },
  { city: 'Stockholm', locality: '111 20 Stockholm, Sweden', timeZone: 'Europe/Stockholm', streets: ['Drottninggatan', 'Kungsgatan'] },
  { city: 'Warsaw', locality: '00-001 Warsaw, Poland', timeZone: 'Europe/Warsaw', streets: ['Marszałkowska', 'Aleje Jerozolimskie'] },
  { city: 'Zurich', locality: '8001 Zurich, Switzerland', timeZone: 'Europe/Zurich', streets: ['Bahnhofstrasse', 'Limmatquai'] },
  { city: 'Istanbul', locality: '34394 Istanbul, Türkiye', timeZone: 'Europe/Istanbul', streets: ['Büyükdere Caddesi', 'İstiklal Caddesi'] },
  { city: 'Dubai', locality: 'Dubai, United Arab Emirates', timeZone: 'Asia/Dubai', streets: ['Sheikh Zayed Road', 'Al Wasl Road'] },
  { city: 'Mumbai', locality: 'Mumbai 400051, India', timeZone: 'Asia/Kolkata', streets: ['Bandra Kurla Complex', 'Linking Road'] },
  { city: 'Singapore', locality: 'Singapore 018956, Singapore', timeZone: 'Asia/Singapore', streets: ['Marina Boulevard', 'Robinson Road'] },
  { city: 'Tokyo', locality: 'Tokyo 100-0005, Japan', timeZone: 'Asia/Tokyo', streets: ['Marunouchi', 'Ginza Chuo-dori'] },
  { city: 'Seoul', locality: 'Seoul 04524, South Korea', timeZone: 'Asia/Seoul', streets: ['Sejong-daero', 'Teheran-ro'] },
  { city: 'Sydney', locality: 'Sydney, NSW 2000, Australia', timeZone: 'Australia/Sydney', streets: ['George Street', 'Pitt Street'] },
  { city: 'Auckland', locality: 'Auckland 1010, New Zealand', timeZone: 'Pacific/Auckland', streets: ['Queen Street', 'Quay Street'] },
  { city: 'Johannesburg', locality: 'Johannesburg 2196, South Africa', timeZone: 'Africa/Johannesburg', streets: ['Rivonia Road', 'West Street'] },
];

const anyKind = ['Warehouse', 'Store', 'Office', 'Plant', 'Distribution Center', 'Depot', 'Service Center', 'Lab'] as const;

/**
 * Returns a generator of sites for one company, in the given cities and of the given kinds
 * ("Store", "Warehouse"). Names are unique within the company: a second "Lyon Store" becomes
 * "Lyon Store 2".
 */
export function createSites(context: ScenarioContext, pool: readonly City[] = cities, kinds: readonly string[] = anyKind): () => Site {
  const { random } = context;
  const seen = new Map<string, number>();
  return () => {
    const place = random.pick(pool);
    const base = `${place.city} ${random.pick(kinds)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: context.id('site'),
      name: count === 1 ? base : `${base} ${count}`,
      address: `${random.int(1, 240)} ${random.pick(place.streets)}, ${place.locality}`,
      timeZone: place.timeZone,
      status: random.chance(0.12) ? 'archived' : 'active',
      createdAt: context.daysAgo(20, 1400),
    };
  };
}

/** The cities of the given names, in that order, for scenarios that want a regional footprint. */
export function citiesNamed(...names: string[]): City[] {
  return names.map((name) => {
    const city = cities.find((c) => c.city === name);
    if (!city) throw new RangeError(`No city named ${name}`);
    return city;
  });
}
