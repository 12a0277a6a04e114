/**
 * Deterministic synthetic corpus in the raw newswire format (src/content/ARTICLE-FORMAT.md),
 * for trying the reader, its search and its facets at scale. Not a test; not shipped.
 *
 *   npx tsx src/scripts/generate-corpus.ts --count 10000 --seed 42 --out /tmp/corpus-10k
 *   ARTICLES_DIR=/tmp/corpus-10k npm run build      # build the reader over it
 *   ARTICLES_DIR=/tmp/corpus-10k npm start          # or browse it in the dev server
 *
 * Options: --count N (default 1000), --seed S (0..4294967295, default 1), --out DIR (required),
 * --clean (first delete the NNN_<hex>.txt files a previous run left in DIR; nothing else is touched).
 *
 * The same arguments always give byte-identical files. Article i depends only on (seed, i), not on
 * --count, so a 300-article corpus is the first 300 articles of the 10,000-article one (only the
 * zero padding of the file number differs). Ids are the i-th outputs of a splitmix64 stream, which
 * are distinct by construction; the writer still checks.
 *
 * Everything is invented: the people (a fixed pool of ~300 fictional names, the same in every
 * corpus, each tied to one topic and country so a name query returns a coherent subset), the
 * think tanks and companies, and of course the events. Countries, cities and a few international
 * institutions are real so that place queries and the dateline facet behave like real copy.
 *
 * Then the long tail (news-vocabulary.ts): each article also quotes or names a resident, a
 * village or a local firm, invented from the syllables of real names and rarely met again, and
 * mentions things named by real English nouns drawn with their spoken frequency. So a large
 * corpus has a vocabulary of real news's size (at 100,000 articles, over 200,000 distinct
 * terms) while the topics, people and places above keep facets and name queries coherent.
 */
import { mkdirSync, readdirSync, realpathSync, unlinkSync, writeFile } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drawNoun, type NameMaker, syllableNames } from './news-vocabulary.ts'
import { parseArgs } from 'node:util'

// ---------------------------------------------------------------------------------------------
// Randomness

/** A stream of numbers in [0, 1). */
export type Rng = () => number

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, fast, and
 * good enough for text. `stream` picks an independent sequence for the same seed.
 */
export function createRng(seed: number, stream = 0): Rng {
  let a = seed >>> 0
  let b = stream >>> 0
  let c = 0x9e3779b9
  let d = 1
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 16; i++) next()
  return next
}

/** The generator for article `index`: independent of every other article and of the count. */
export function articleRng(seed: number, index: number): Rng {
  return createRng(seed, index + 1)
}

const MASK_64 = (1n << 64n) - 1n
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n

function mix64(value: bigint): bigint {
  let z = value & MASK_64
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64
  return z ^ (z >> 31n)
}

/**
 * The article's 16-hex-digit id: output `index` of splitmix64 seeded from `seed`. The state
 * before mixing is start + (index + 1) * gamma with an odd gamma, and the mix is a bijection,
 * so no two indices below 2^64 share an id.
 */
export function articleId(seed: number, index: number): string {
  const start = mix64(BigInt(seed >>> 0) ^ 0x5851f42d4c957f2dn)
  return mix64(start + BigInt(index + 1) * GOLDEN_GAMMA)
    .toString(16)
    .padStart(16, '0')
}

/** `NNN_<id>.txt`, the number zero-padded to at least three digits and to the widest index. */
export function articleFileName(index: number, id: string, count: number): string {
  const width = Math.max(3, String(Math.max(0, count - 1)).length)
  return `${String(index).padStart(width, '0')}_${id}.txt`
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick() from an empty list')
  return item
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

// ---------------------------------------------------------------------------------------------
// The world: countries, datelines, organisations

type Region = 'north-america' | 'latin-america' | 'europe' | 'eastern-europe' | 'middle-east' | 'africa' | 'south-asia' | 'east-asia' | 'southeast-asia' | 'oceania'
type NameGroup = 'anglo' | 'western' | 'hispanic' | 'slavic' | 'arabic' | 'turkish' | 'hebrew' | 'persian' | 'african' | 'southasian' | 'chinese' | 'japanese' | 'korean' | 'sea'

type Country = { name: string; dem: string; region: Region; group: NameGroup; cities: readonly string[] }

const COUNTRY_ROWS: readonly [string, string, Region, NameGroup, string][] = [
  ['the United States', 'American', 'north-america', 'anglo', 'Washington|New York|Los Angeles|Chicago|Houston|Miami|San Francisco|Boston|Seattle|Atlanta'],
  ['Canada', 'Canadian', 'north-america', 'anglo', 'Ottawa|Toronto|Montreal|Vancouver'],
  ['Mexico', 'Mexican', 'latin-america', 'hispanic', 'Mexico City|Guadalajara|Monterrey'],
  ['Cuba', 'Cuban', 'latin-america', 'hispanic', 'Havana|Santiago de Cuba'],
  ['Haiti', 'Haitian', 'latin-america', 'western', 'Port-au-Prince|Cap-Haitien'],
  ['Colombia', 'Colombian', 'latin-america', 'hispanic', 'Bogota|Medellin|Cali'],
  ['Venezuela', 'Venezuelan', 'latin-america', 'hispanic', 'Caracas|Maracaibo'],
  ['Brazil', 'Brazilian', 'latin-america', 'hispanic', 'Brasilia|Sao Paulo|Rio de Janeiro|Salvador'],
  ['Argentina', 'Argentine', 'latin-america', 'hispanic', 'Buenos Aires|Cordoba|Rosario'],
  ['Chile', 'Chilean', 'latin-america', 'hispanic', 'Santiago|Valparaiso'],
  ['Peru', 'Peruvian', 'latin-america', 'hispanic', 'Lima|Cusco|Arequipa'],
  ['Britain', 'British', 'europe', 'anglo', 'London|Manchester|Edinburgh|Birmingham'],
  ['Ireland', 'Irish', 'europe', 'anglo', 'Dublin|Cork'],
  ['France', 'French', 'europe', 'western', 'Paris|Lyon|Marseille'],
  ['Germany', 'German', 'europe', 'western', 'Berlin|Frankfurt|Hamburg|Munich'],
  ['Italy', 'Italian', 'europe', 'western', 'Rome|Milan|Naples'],
  ['Spain', 'Spanish', 'europe', 'hispanic', 'Madrid|Barcelona|Valencia|Seville'],
  ['Portugal', 'Portuguese', 'europe', 'hispanic', 'Lisbon|Porto'],
  ['the Netherlands', 'Dutch', 'europe', 'western', 'Amsterdam|Rotterdam|The Hague'],
  ['Belgium', 'Belgian', 'europe', 'western', 'Brussels|Antwerp'],
  ['Switzerland', 'Swiss', 'europe', 'western', 'Bern|Geneva|Zurich|Davos'],
  ['Austria', 'Austrian', 'europe', 'western', 'Vienna|Salzburg'],
  ['Sweden', 'Swedish', 'europe', 'western', 'Stockholm|Gothenburg'],
  ['Norway', 'Norwegian', 'europe', 'western', 'Oslo|Bergen'],
  ['Denmark', 'Danish', 'europe', 'western', 'Copenhagen|Aarhus'],
  ['Finland', 'Finnish', 'europe', 'western', 'Helsinki|Tampere'],
  ['Greece', 'Greek', 'europe', 'western', 'Athens|Thessaloniki'],
  ['Poland', 'Polish', 'eastern-europe', 'slavic', 'Warsaw|Krakow|Gdansk'],
  ['Hungary', 'Hungarian', 'eastern-europe', 'slavic', 'Budapest|Debrecen'],
  ['the Czech Republic', 'Czech', 'eastern-europe', 'slavic', 'Prague|Brno'],
  ['Romania', 'Romanian', 'eastern-europe', 'slavic', 'Bucharest|Cluj-Napoca'],
  ['Serbia', 'Serbian', 'eastern-europe', 'slavic', 'Belgrade|Novi Sad'],
  ['Ukraine', 'Ukrainian', 'eastern-europe', 'slavic', 'Kyiv|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia'],
  ['Russia', 'Russian', 'eastern-europe', 'slavic', 'Moscow|St. Petersburg|Kursk|Novosibirsk|Vladivostok'],
  ['Belarus', 'Belarusian', 'eastern-europe', 'slavic', 'Minsk|Gomel'],
  ['Kazakhstan', 'Kazakh', 'eastern-europe', 'slavic', 'Astana|Almaty'],
  ['Turkey', 'Turkish', 'middle-east', 'turkish', 'Ankara|Istanbul|Izmir'],
  ['Israel', 'Israeli', 'middle-east', 'hebrew', 'Jerusalem|Tel Aviv|Haifa'],
  ['Lebanon', 'Lebanese', 'middle-east', 'arabic', 'Beirut|Sidon'],
  ['Syria', 'Syrian', 'middle-east', 'arabic', 'Damascus|Aleppo|Homs'],
  ['Iraq', 'Iraqi', 'middle-east', 'arabic', 'Baghdad|Basra|Mosul|Erbil'],
  ['Iran', 'Iranian', 'middle-east', 'persian', 'Tehran|Isfahan|Tabriz'],
  ['Saudi Arabia', 'Saudi', 'middle-east', 'arabic', 'Riyadh|Jeddah'],
  ['the United Arab Emirates', 'Emirati', 'middle-east', 'arabic', 'Abu Dhabi|Dubai'],
  ['Qatar', 'Qatari', 'middle-east', 'arabic', 'Doha'],
  ['Jordan', 'Jordanian', 'middle-east', 'arabic', 'Amman|Aqaba'],
  ['Yemen', 'Yemeni', 'middle-east', 'arabic', 'Sanaa|Aden'],
  ['Egypt', 'Egyptian', 'middle-east', 'arabic', 'Cairo|Alexandria'],
  ['Morocco', 'Moroccan', 'africa', 'arabic', 'Rabat|Casablanca'],
  ['Nigeria', 'Nigerian', 'africa', 'african', 'Abuja|Lagos|Kano'],
  ['Ghana', 'Ghanaian', 'africa', 'african', 'Accra|Kumasi'],
  ['Senegal', 'Senegalese', 'africa', 'african', 'Dakar|Saint-Louis'],
  ['Kenya', 'Kenyan', 'africa', 'african', 'Nairobi|Mombasa|Kisumu'],
  ['Ethiopia', 'Ethiopian', 'africa', 'african', 'Addis Ababa|Mekele'],
  ['Somalia', 'Somali', 'africa', 'african', 'Mogadishu|Kismayo'],
  ['Sudan', 'Sudanese', 'africa', 'arabic', 'Khartoum|Port Sudan|El Fasher'],
  ['Tanzania', 'Tanzanian', 'africa', 'african', 'Dodoma|Dar es Salaam'],
  ['Congo', 'Congolese', 'africa', 'african', 'Kinshasa|Goma'],
  ['South Africa', 'South African', 'africa', 'african', 'Pretoria|Johannesburg|Cape Town|Durban'],
  ['Afghanistan', 'Afghan', 'south-asia', 'persian', 'Kabul|Kandahar|Herat'],
  ['Pakistan', 'Pakistani', 'south-asia', 'southasian', 'Islamabad|Karachi|Lahore'],
  ['India', 'Indian', 'south-asia', 'southasian', 'New Delhi|Mumbai|Bengaluru|Chennai|Kolkata'],
  ['Bangladesh', 'Bangladeshi', 'south-asia', 'southasian', 'Dhaka|Chittagong'],
  ['Sri Lanka', 'Sri Lankan', 'south-asia', 'southasian', 'Colombo|Kandy'],
  ['China', 'Chinese', 'east-asia', 'chinese', 'Beijing|Shanghai|Shenzhen|Hong Kong|Wuhan'],
  ['Taiwan', 'Taiwanese', 'east-asia', 'chinese', 'Taipei|Kaohsiung'],
  ['Japan', 'Japanese', 'east-asia', 'japanese', 'Tokyo|Osaka|Sapporo|Fukuoka'],
  ['South Korea', 'South Korean', 'east-asia', 'korean', 'Seoul|Busan|Incheon'],
  ['North Korea', 'North Korean', 'east-asia', 'korean', 'Pyongyang|Wonsan|Sinuiju'],
  ['Vietnam', 'Vietnamese', 'southeast-asia', 'sea', 'Hanoi|Ho Chi Minh City|Da Nang'],
  ['Thailand', 'Thai', 'southeast-asia', 'sea', 'Bangkok|Chiang Mai'],
  ['Myanmar', 'Myanmar', 'southeast-asia', 'sea', 'Naypyitaw|Yangon|Mandalay'],
  ['Malaysia', 'Malaysian', 'southeast-asia', 'sea', 'Kuala Lumpur|Penang'],
  ['Singapore', 'Singaporean', 'southeast-asia', 'chinese', 'Singapore'],
  ['Indonesia', 'Indonesian', 'southeast-asia', 'sea', 'Jakarta|Surabaya|Medan'],
  ['the Philippines', 'Philippine', 'southeast-asia', 'sea', 'Manila|Cebu|Davao'],
  ['Australia', 'Australian', 'oceania', 'anglo', 'Canberra|Sydney|Melbourne|Brisbane|Perth'],
  ['New Zealand', 'New Zealand', 'oceania', 'anglo', 'Wellington|Auckland|Christchurch'],
]

const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([name, dem, region, group, cities]) => ({ name, dem, region, group, cities: cities.split('|') }))
const COUNTRY_BY_NAME = new Map(COUNTRIES.map((country) => [country.name, country]))

function country(name: string): Country {
  const found = COUNTRY_BY_NAME.get(name)
  if (!found) throw new Error(`unknown country ${name}`)
  return found
}

type Dateline = { text: string; city: string; country: Country }

/** Upper-case place, then `, Region` for the less obvious ones, as the wires write them. */
const DATELINE_ROWS: readonly [string, string, string][] = [
  ['SEOUL', 'Seoul', 'South Korea'],
  ['TOKYO', 'Tokyo', 'Japan'],
  ['BEIJING', 'Beijing', 'China'],
  ['HONG KONG', 'Hong Kong', 'China'],
  ['SHANGHAI', 'Shanghai', 'China'],
  ['TAIPEI, Taiwan', 'Taipei', 'Taiwan'],
  ['NEW DELHI', 'New Delhi', 'India'],
  ['MUMBAI, India', 'Mumbai', 'India'],
  ['ISLAMABAD, Pakistan', 'Islamabad', 'Pakistan'],
  ['KABUL, Afghanistan', 'Kabul', 'Afghanistan'],
  ['DHAKA, Bangladesh', 'Dhaka', 'Bangladesh'],
  ['TEHRAN, Iran', 'Tehran', 'Iran'],
  ['BAGHDAD', 'Baghdad', 'Iraq'],
  ['BEIRUT', 'Beirut', 'Lebanon'],
  ['DAMASCUS, Syria', 'Damascus', 'Syria'],
  ['JERUSALEM', 'Jerusalem', 'Israel'],
  ['TEL AVIV, Israel', 'Tel Aviv', 'Israel'],
  ['CAIRO', 'Cairo', 'Egypt'],
  ['RIYADH, Saudi Arabia', 'Riyadh', 'Saudi Arabia'],
  ['DUBAI, United Arab Emirates', 'Dubai', 'the United Arab Emirates'],
  ['ISTANBUL', 'Istanbul', 'Turkey'],
  ['ANKARA, Turkey', 'Ankara', 'Turkey'],
  ['MOSCOW', 'Moscow', 'Russia'],
  ['ST. PETERSBURG, Russia', 'St. Petersburg', 'Russia'],
  ['KYIV, Ukraine', 'Kyiv', 'Ukraine'],
  ['KHARKIV, Ukraine', 'Kharkiv', 'Ukraine'],
  ['ODESA, Ukraine', 'Odesa', 'Ukraine'],
  ['WARSAW, Poland', 'Warsaw', 'Poland'],
  ['BERLIN', 'Berlin', 'Germany'],
  ['FRANKFURT, Germany', 'Frankfurt', 'Germany'],
  ['PARIS', 'Paris', 'France'],
  ['LONDON', 'London', 'Britain'],
  ['BRUSSELS', 'Brussels', 'Belgium'],
  ['ROME', 'Rome', 'Italy'],
  ['MADRID', 'Madrid', 'Spain'],
  ['LISBON, Portugal', 'Lisbon', 'Portugal'],
  ['VIENNA', 'Vienna', 'Austria'],
  ['GENEVA', 'Geneva', 'Switzerland'],
  ['STOCKHOLM', 'Stockholm', 'Sweden'],
  ['ATHENS, Greece', 'Athens', 'Greece'],
  ['BUDAPEST, Hungary', 'Budapest', 'Hungary'],
  ['WASHINGTON, D.C.', 'Washington', 'the United States'],
  ['NEW YORK', 'New York', 'the United States'],
  ['LOS ANGELES', 'Los Angeles', 'the United States'],
  ['CHICAGO', 'Chicago', 'the United States'],
  ['HOUSTON', 'Houston', 'the United States'],
  ['TORONTO', 'Toronto', 'Canada'],
  ['OTTAWA, Ontario', 'Ottawa', 'Canada'],
  ['MEXICO CITY', 'Mexico City', 'Mexico'],
  ['BOGOTA, Colombia', 'Bogota', 'Colombia'],
  ['CARACAS, Venezuela', 'Caracas', 'Venezuela'],
  ['SAO PAULO', 'Sao Paulo', 'Brazil'],
  ['BUENOS AIRES, Argentina', 'Buenos Aires', 'Argentina'],
  ['SANTIAGO, Chile', 'Santiago', 'Chile'],
  ['LIMA, Peru', 'Lima', 'Peru'],
  ['PORT-AU-PRINCE, Haiti', 'Port-au-Prince', 'Haiti'],
  ['NAIROBI, Kenya', 'Nairobi', 'Kenya'],
  ['LAGOS, Nigeria', 'Lagos', 'Nigeria'],
  ['ADDIS ABABA, Ethiopia', 'Addis Ababa', 'Ethiopia'],
  ['JOHANNESBURG', 'Johannesburg', 'South Africa'],
  ['KHARTOUM, Sudan', 'Khartoum', 'Sudan'],
  ['DAKAR, Senegal', 'Dakar', 'Senegal'],
  ['JAKARTA, Indonesia', 'Jakarta', 'Indonesia'],
  ['MANILA, Philippines', 'Manila', 'the Philippines'],
  ['BANGKOK', 'Bangkok', 'Thailand'],
  ['HANOI, Vietnam', 'Hanoi', 'Vietnam'],
  ['SINGAPORE', 'Singapore', 'Singapore'],
  ['SYDNEY', 'Sydney', 'Australia'],
  ['WELLINGTON, New Zealand', 'Wellington', 'New Zealand'],
]

export const DATELINES: readonly Dateline[] = DATELINE_ROWS.map(([text, city, name]) => ({ text, city, country: country(name) }))

const DATELINED_COUNTRIES: readonly Country[] = COUNTRIES.filter((c) => DATELINES.some((d) => d.country === c))

/** Think tanks, with the description a wire story hangs on their first mention. */
const THINK_TANKS: Readonly<Record<string, string>> = {
  'the Harlow Institute': 'a Washington, D.C.-based think tank',
  'the Calder Center for Strategic Studies': 'a London-based research group',
  'the Brightwater Foundation': 'a Geneva-based policy institute',
  'the Ashgrove Policy Institute': 'a Berlin-based think tank',
  'the Meridian Council on Foreign Affairs': 'a New York-based research group',
  'the Lindqvist Center': 'a Stockholm-based think tank',
  'the Pemberton Institute for Economic Research': 'a Washington, D.C.-based research group',
  'the Oakridge Forum': 'a Singapore-based policy institute',
  'the Halvorsen Institute': 'an Oslo-based think tank',
  'the Carrow Center for Global Health': 'a Boston-based research center',
  'the Winslow Climate Institute': 'a Brussels-based research group',
  'the Ardent Security Project': 'a Washington, D.C.-based think tank',
  'the Northgate Policy Lab': 'a Toronto-based policy institute',
  'the Kestrel Institute': 'a Nairobi-based think tank',
  'the Marlowe Center for Democracy': 'a Paris-based research group',
  'the Sundara Institute': 'a New Delhi-based think tank',
  'the Alvorada Institute': 'a Sao Paulo-based think tank',
}

const UNIVERSITIES = [
  'Eastbrook University',
  'the University of Ashford',
  'Northfield University',
  'the Kessler Institute of Technology',
  'Carrington University',
  'the Vanterpool School of Public Health',
  'Danby University',
  'the University of Westhaven',
  'Saint Brennan University',
  'Larkspur College',
] as const
const BANKS = ['Solvane Bank', 'Palisade Capital', 'Greystone Securities'] as const
const HOSPITALS = ['St. Aldric Hospital', 'Riverside General Hospital', 'the Mercy Children’s Hospital', 'Lakemont Medical Center'] as const
const MUSEUMS = ['the Verity Museum of Modern Art', 'the Aldwych Theatre', 'the Halvard Opera House'] as const
const MEDIA = ['Stellar Nine Media', 'the Harbor Sports Network', 'Radio Lumen'] as const
const NGOS = ['Doctors Without Borders', 'the Red Cross', 'Human Rights Watch', 'Amnesty International', 'the Tidewater Alliance', 'the Open Courts Project'] as const

const COMPANIES = {
  economy: ['Halcyon Motors', 'Harrowgate Steel', 'Westmark Retail', 'Greenmoor Foods', 'Sablefish Shipping', 'Pinecrest Insurance', 'Kitewell Airlines'],
  tech: ['Meridian Semiconductor', 'Corvid Systems', 'Tessaract Labs', 'Orison Data', 'Nimbus Cloud', 'Arbor Telecom', 'Vantor Aerospace'],
  energy: ['Northwind Energy', 'Caldera Oil', 'Ironvale Mining', 'Lumera Batteries', 'Brightline Power'],
  health: ['Bluecrest Pharmaceuticals', 'Quillon Health', 'Aurelian Biotech'],
} as const

const PARTIES = [
  'the National Renewal Party',
  'the Social Progress Party',
  'the Civic Union',
  'the People’s Front',
  'the Green Future Party',
  'the Liberal Reform Party',
  'the Labor and Justice Party',
  'the New Horizon Movement',
  'the United Farmers Party',
  'the Citizens’ Alliance',
] as const

// ---------------------------------------------------------------------------------------------
// People: a fixed pool of fictional names, the same in every corpus

type NameBook = { female: readonly string[]; male: readonly string[]; last: readonly string[]; surnameFirst?: boolean }

const w = (words: string): string[] => words.split(' ').map((word) => word.replace(/_/g, ' '))

const NAMES: Readonly<Record<NameGroup, NameBook>> = {
  anglo: {
    female: w('Sarah Emily Rachel Megan Laura Hannah Olivia Grace Rebecca Catherine Jennifer Natalie'),
    male: w('Michael James David Daniel Andrew Matthew Christopher Benjamin Ryan Thomas Patrick Nathan'),
    last: w('Whitfield Harrington Caldwell Brennan Mercer Holloway Fairbanks Prescott Donnelly Sutherland Ashworth Langley Kendrick Thornton Gallagher Wexler Beaumont Radcliffe Hollis Mayfield Carver Delaney Whitaker Sinclair Barlow Everett O’Connell O’Brien'),
  },
  western: {
    female: w('Sophie Claire Amélie Giulia Elena Ingrid Astrid Marie Clara Sofia Hanna Chiara'),
    male: w('Lukas Pierre Matteo Jonas Luca Henrik Julien Marco Erik Niklas Stefan Anders'),
    last: w('Müller Schneider Weber Fischer Dubois Laurent Moreau Rossi Bianchi Romano Lindqvist Johansson Berg Hansen Jensen de_Vries Janssen Peeters Papadopoulos Nikolaidis Lefèvre Conti Virtanen Brandt'),
  },
  hispanic: {
    female: w('Lucía Valentina Camila Ana Isabel Mariana Gabriela Carolina Beatriz Fernanda'),
    male: w('Carlos Mateo Diego Javier Andrés Rafael João Pedro Luis Gustavo'),
    last: w('García Rodríguez Martínez López Hernández González Álvarez Romero Torres Castillo Mendoza Silva Souza Pereira Almeida Ferreira Vargas Rojas Ortega Navarro'),
  },
  slavic: {
    female: w('Olena Natalia Irina Katarzyna Anna Daria Yulia Marta Svetlana Agnieszka'),
    male: w('Andriy Dmitri Oleksandr Piotr Sergei Mikhail Tomasz Viktor Pavel Bogdan'),
    last: w('Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Kravchuk Nowak Horvath Novak Dvorak Petrovic Popescu Jovanovic Babic Lysenko Marchenko Volkov|Volkova Sokolov|Sokolova Morozov|Morozova Orlov|Orlova Kowalski|Kowalska Zielinski|Zielinska'),
  },
  arabic: {
    female: w('Layla Mariam Noor Yasmin Rania Dalia Salma Hala'),
    male: w('Omar Karim Tariq Youssef Hassan Khaled Sami Nabil'),
    last: w('Haddad Nasser Khalil Aziz Farouk Mansour Saleh Hamdan Darwish Qasim Obeidi Sabbagh'),
  },
  turkish: {
    female: w('Elif Zeynep Ayşe Merve'),
    male: w('Emre Mehmet Burak Kerem'),
    last: w('Yılmaz Demir Kaya Şahin Çelik Aydın'),
  },
  hebrew: {
    female: w('Tamar Noa Yael Shira'),
    male: w('Avi Yosef Eitan Noam'),
    last: w('Levi Cohen Barak Mizrahi Peretz Friedman'),
  },
  persian: {
    female: w('Shirin Leila Parisa Maryam'),
    male: w('Reza Ali Dariush Kian'),
    last: w('Rahimi Tehrani Hosseini Karimi Moradi Ahmadi'),
  },
  african: {
    female: w('Amina Chiamaka Wanjiru Thandiwe Fatou Abena Zanele Nia Adaeze Aisha'),
    male: w('Chinedu Kwame Tunde Oluwaseun Kofi Thabo Sipho Mamadou Tesfaye Abdi'),
    last: w('Okafor Adeyemi Mensah Otieno Kamau Ndlovu Dlamini Diallo Traoré Abebe Mwangi Okonkwo Nkosi Boateng Osei Haile Wanjiku Sow Ochieng Bello'),
  },
  southasian: {
    female: w('Priya Ananya Ayesha Fatima Nadia Kavya Sana Rukhsana'),
    male: w('Arjun Rahul Imran Vikram Farhan Sanjay Rohan Bilal'),
    last: w('Sharma Patel Iyer Khan Chaudhry Rahman Qureshi Reddy Banerjee Mehta Siddiqui Malik Perera Hossain'),
  },
  chinese: {
    female: w('Xiaoling Meilin Yan Jing Huifang Lan'),
    male: w('Wei Haoran Jian Zhiwei Guoqiang Ming'),
    last: w('Zhang Liu Chen Wang Zhou Huang Xu Sun Ma Guo'),
    surnameFirst: true,
  },
  japanese: {
    female: w('Haruka Aiko Yui Naomi Emi Sakura'),
    male: w('Hiroshi Takeshi Kenji Ryo Daisuke Satoshi'),
    last: w('Tanaka Sato Nakamura Watanabe Kobayashi Matsuda Yamamoto Ishikawa Fujita Mori'),
  },
  korean: {
    female: w('Ji-woo Seo-yeon Min-ji Soo-ah Ha-eun Yu-na'),
    male: w('Min-jun Seo-jun Dong-hyun Jae-won Sung-ho Tae-yang'),
    last: w('Park Choi Jung Han Yoon Shin Kang Lim Oh Song'),
    surnameFirst: true,
  },
  sea: {
    female: w('Thuy Siti Dewi Mai Ligaya Nong'),
    male: w('Tuan Budi Rizal Somchai Joko Minh'),
    last: w('Nguyen Tran Pham Santoso Wijaya Reyes Santos Chaiyaporn Hidayat Aung'),
  },
}

export type TopicName = 'economy' | 'conflict' | 'diplomacy' | 'climate' | 'tech' | 'health' | 'elections' | 'sport' | 'culture' | 'justice' | 'energy'

type Person = {
  full: string
  last: string
  pronoun: 'he' | 'she'
  country: Country
  /** Leaders turn up in several topics; everyone else in exactly one. */
  topic: TopicName | 'leader'
  /** Said before the name: `Finance Minister`, `Gen.`, `<C> coach` (country name), `leader`. */
  title?: string
  /** Said after the name of someone without a title, short and with the organisation's description. */
  role?: string
  roleLong?: string
}

const LEADERS: readonly [string, string][] = [
  ['the United States', 'President'],
  ['Russia', 'President'],
  ['China', 'President'],
  ['France', 'President'],
  ['Germany', 'Chancellor'],
  ['Britain', 'Prime Minister'],
  ['Japan', 'Prime Minister'],
  ['India', 'Prime Minister'],
  ['Brazil', 'President'],
  ['South Korea', 'President'],
  ['North Korea', 'leader'],
  ['Ukraine', 'President'],
  ['Turkey', 'President'],
  ['Italy', 'Prime Minister'],
  ['Canada', 'Prime Minister'],
  ['Australia', 'Prime Minister'],
  ['Mexico', 'President'],
  ['South Africa', 'President'],
  ['Nigeria', 'President'],
  ['Kenya', 'President'],
  ['Indonesia', 'President'],
  ['Argentina', 'President'],
  ['Poland', 'Prime Minister'],
  ['Spain', 'Prime Minister'],
  ['Israel', 'Prime Minister'],
  ['Iran', 'President'],
  ['Egypt', 'President'],
  ['Pakistan', 'Prime Minister'],
  ['the Philippines', 'President'],
  ['Colombia', 'President'],
]

// ---------------------------------------------------------------------------------------------
// Topics: who appears, what they talk about

type TopicSource = {
  weight: number
  /** The countries the topic's officials come from; any country when absent. */
  countries?: readonly string[]
  /** How likely the head of government is the main actor. */
  leaderChance: number
  ministry: string
  /** Titled officials, the main actors. `<C>` is their country's name. */
  titles: readonly string[]
  /** Commentators; `<tt>` `<uni>` `<co>` `<bank>` `<hospital>` `<museum>` `<media>` `<ngo>` pick an organisation. */
  experts: readonly string[]
  thinkTanks: readonly string[]
  companies: readonly string[]
  intl: readonly string[]
  nouns: readonly string[]
  ledes: readonly string[]
  body: readonly string[]
  quotes: readonly string[]
  captions: readonly string[]
}

const TOPIC_SOURCES: Readonly<Record<TopicName, TopicSource>> = {
  economy: {
    weight: 14,
    leaderChance: 0.15,
    ministry: 'Finance Ministry',
    titles: ['Finance Minister', 'Economy Minister', 'Trade Minister'],
    experts: ['an economist at <tt>', 'chief economist at <bank>', 'a senior fellow at <tt>', 'a professor of economics at <uni>', 'chief executive of <co>'],
    thinkTanks: ['the Harlow Institute', 'the Pemberton Institute for Economic Research', 'the Oakridge Forum', 'the Sundara Institute', 'the Alvorada Institute'],
    companies: COMPANIES.economy,
    intl: ['the International Monetary Fund', 'the World Bank', 'the World Trade Organization', 'the European Central Bank'],
    nouns: ['inflation', 'the budget deficit', 'interest rates', 'the weak currency', 'public debt', 'fuel subsidies', 'wage growth', 'housing costs', 'slowing exports', 'consumer prices', 'tax increases', 'pension reform'],
    ledes: [
      '{P} on {DAY} unveiled a budget that cuts public spending by {PCT} and raises taxes on imported goods, betting that tighter finances will calm investors worried about {TN}',
      'Inflation in {COUNTRY} slowed to {PCT} in {MONTH}, the lowest reading in {SMALL} years, giving policymakers room to cut interest rates as growth stalls',
      'Shares of {CO} fell sharply on {DAY} after the company warned that weaker demand in {COUNTRY2} would cut its annual profit by as much as {MONEY}',
      '{P} said on {DAY} that {COUNTRY} would seek a new loan from the International Monetary Fund, reversing months of insistence that the economy could recover on its own',
      'The central bank of {COUNTRY} raised its benchmark interest rate on {DAY} for the {ORD} time this year, as officials struggled to contain {TN}',
      '{COUNTRY} and {COUNTRY2} agreed on {DAY} to cut tariffs on hundreds of goods, a deal that {P.name} said would add {MONEY} to annual trade between the two countries',
    ],
    body: [
      'The economy grew {PCT} in the last quarter, according to figures released by the national statistics office, well below the forecasts of most economists',
      'Economists at {ORG} said the figures pointed to a slowdown that could last well into next year',
      'Exports to {COUNTRY2} have fallen for {SMALL} consecutive months, hurting manufacturers in {CITY} and other industrial centers',
      '{P.name} has promised to bring {TN} under control before the end of the year',
      'The currency has lost about {PCT} of its value against the dollar since {MONTH}, pushing up the cost of imported fuel and food',
      'Unions in {CITY} have threatened a general strike if the government goes ahead with plans to freeze public-sector wages',
      'The government expects to raise {MONEY} from the sale of state assets, including a minority stake in {CO}',
      'Investors have grown wary of {COUNTRY.poss} rising debt, which now stands at roughly {TURNOUT} of gross domestic product',
      '{CO} employs about {NUM} people in {COUNTRY} and is one of the country’s largest exporters',
      'Small businesses say higher borrowing costs have made it harder to hire new staff and expand',
      'The International Monetary Fund last month cut its growth forecast for {COUNTRY} to {PCT} for this year',
      'Retail sales rose {PCT} in {MONTH} from a year earlier, suggesting that households are still spending despite higher prices',
      'The plan—which includes deep cuts to fuel subsidies, long a source of public anger—must still be approved by parliament',
      '{X} said the government had little choice but to tighten spending after years of generous subsidies',
      'Prices for bread, cooking oil and fuel have risen sharply since {PASTYEAR}, according to the statistics office',
      'Bond yields climbed to their highest level since {PASTYEAR} as traders bet that rates would stay high for longer',
    ],
    quotes: [
      'We cannot keep borrowing to pay for yesterday’s promises',
      'The numbers are better than expected, but families are not feeling it yet',
      'This budget asks everyone to carry a share of the burden, and I know that is hard',
      'Markets want to see a credible plan, and so far they have not seen one',
      'If rates stay this high for another year, many small firms simply will not survive',
      'We are seeing the first signs that inflation is cooling, but it is far too early to declare victory',
      'Nobody should pretend there is an easy way out of a debt this large',
      'Every time the currency falls, the price of bread goes up the next morning',
    ],
    captions: [
      '{P.cap} speaks to reporters after presenting the budget in {CITY}',
      'Shoppers walk past fruit and vegetable stalls at a market in {CITY}',
      'A trader watches screens on the floor of the stock exchange in {CITY}',
      'Shipping containers are stacked at the port in {CITY} on {DAY}',
      'Workers assemble cars on a production line at a factory outside {CITY}',
    ],
  },
  conflict: {
    weight: 10,
    countries: ['Ukraine', 'Russia', 'Israel', 'Lebanon', 'Sudan', 'Syria', 'Iraq', 'Ethiopia', 'Somalia', 'Congo', 'Myanmar', 'Haiti', 'North Korea', 'Afghanistan', 'Pakistan', 'Colombia', 'Nigeria', 'Yemen'],
    leaderChance: 0.2,
    ministry: 'Defense Ministry',
    titles: ['Defense Minister', 'Gen.', 'Col.', 'Interior Minister'],
    experts: ['a military analyst at <tt>', 'a senior fellow at <tt>', 'a researcher who studies armed conflict at <uni>', 'a spokesperson for <ngo>', 'a former army officer now at <tt>'],
    thinkTanks: ['the Calder Center for Strategic Studies', 'the Ardent Security Project', 'the Meridian Council on Foreign Affairs', 'the Halvorsen Institute'],
    companies: ['Vantor Aerospace', 'Harrowgate Steel'],
    intl: ['the United Nations', 'NATO', 'the Red Cross', 'the African Union'],
    nouns: ['the ceasefire', 'weapons deliveries', 'the front line', 'civilian casualties', 'the troop buildup', 'air defenses', 'prisoner exchanges', 'the mobilization', 'drone attacks', 'humanitarian access'],
    ledes: [
      '{DEM} forces said on {DAY} that they had pushed back an attack near {PLACE}, in some of the heaviest fighting in the region since {MONTH}',
      'Drone strikes hit power stations and rail lines around {CITY} overnight, cutting electricity to tens of thousands of homes as temperatures dropped below freezing',
      '{P} said on {DAY} that the military would send {NUM} more troops to the border, a deployment that analysts said signaled preparations for a longer campaign',
      'At least {SMALL} civilians were killed and dozens more wounded when shells struck a crowded market in {PLACE} on {DAY}, local officials said',
      'Aid groups warned on {DAY} that food supplies in {PLACE} could run out within weeks as fighting blocks the main road into the city',
      'The first public funeral for soldiers killed near {PLACE} drew thousands of mourners in {CITY} on {DAY}, in a ceremony likely aimed at preparing the public for further losses',
    ],
    body: [
      'Satellite images reviewed by {ORG} showed rows of armored vehicles massed near the front line',
      'The military said its air defenses had shot down {SMALL} drones overnight, though falling debris damaged several apartment buildings in {CITY}',
      '{X} said the deployment was likely aimed at bracing the public for a longer war',
      'Around {NUM} people have fled the area since the fighting began, according to the United Nations refugee agency',
      'Residents in {PLACE} described spending nights in basements as explosions shook the city',
      'Neither side’s claims about the fighting could be independently verified',
      'Both sides have accused each other of violating a ceasefire agreed in {MONTH}',
      '{P.name} visited troops near {PLACE} last week and promised new weapons deliveries before winter',
      'Hospitals in {CITY} are running short of blood, fuel for generators and basic painkillers, doctors said',
      'Military funerals have become a regular sight in towns across {COUNTRY}, where nearly every family knows someone at the front',
      'Western officials estimate that thousands of soldiers have been killed or wounded since the start of the year',
      'Engineers worked through the night to restore power to {PLACE}, where temperatures fell well below freezing',
      'The deployment—the largest since {PASTYEAR}—came days after {P.name} warned of a long and costly campaign',
      'Mine-clearing teams say it could take years to make farmland around {PLACE} safe again',
    ],
    quotes: [
      'They are telling soldiers that they could be sent anywhere, at any time',
      'We heard the first explosion just after midnight, and then the windows came in',
      'Our soldiers are holding the line, but they need more ammunition and they need it now',
      'Every day without a ceasefire costs lives that cannot be replaced',
      'We will not negotiate while our cities are being shelled every single night',
      'There is no food left in the shops, and the road out is too dangerous',
      'This is a war of attrition now, and both sides are counting on the other to run out first',
      'The families want answers about what happened to their sons, and they deserve them',
    ],
    captions: [
      'Soldiers carry the coffin of a comrade during a funeral in {CITY} on {DAY}',
      'Firefighters work at the site of a drone strike on a residential building in {CITY}',
      'Residents collect water from a public tap in {PLACE} after strikes cut the supply',
      '{P.cap} inspects troops during a visit to a training ground near {CITY}',
      'Smoke rises over the outskirts of {PLACE} after a night of shelling',
    ],
  },
  diplomacy: {
    weight: 12,
    leaderChance: 0.35,
    ministry: 'Foreign Ministry',
    titles: ['Foreign Minister', 'Deputy Foreign Minister', 'Ambassador'],
    experts: ['a former diplomat now at <tt>', 'a senior fellow at <tt>', 'a professor of international relations at <uni>', 'director of the Asia program at <tt>'],
    thinkTanks: ['the Meridian Council on Foreign Affairs', 'the Calder Center for Strategic Studies', 'the Brightwater Foundation', 'the Lindqvist Center', 'the Oakridge Forum'],
    companies: COMPANIES.economy,
    intl: ['the United Nations', 'the European Union', 'the African Union', 'NATO', 'the Association of Southeast Asian Nations'],
    nouns: ['sanctions', 'border security', 'the disputed islands', 'the nuclear program', 'visa rules', 'fishing rights', 'arms sales', 'the trade embargo', 'the detained journalists', 'the peace plan'],
    ledes: [
      '{P} met {Q} in {CITY} on {DAY} for talks on trade and security, the first such meeting between the two governments in {SMALL} years',
      '{COUNTRY} and {COUNTRY2} signed an agreement on {DAY} to expand military and economic cooperation, deepening ties that have alarmed neighboring governments',
      '{P} arrived in {CITY2} on {DAY} on a visit aimed at repairing relations that soured after a dispute over {TN}',
      'The European Union agreed on {DAY} to extend sanctions on {COUNTRY2} for another six months, despite objections from several member states',
      '{COUNTRY} recalled its ambassador from {COUNTRY2} on {DAY}, escalating a diplomatic row over {TN} that has simmered since {MONTH}',
      'Leaders from more than {TENS} countries gathered in {CITY} on {DAY} for a summit expected to focus on {TN}',
    ],
    body: [
      'The two sides agreed to resume regular flights and to reopen consulates closed during the dispute',
      '{Q} said after the meeting that the talks had been frank but constructive',
      'The agreement still needs to be ratified by parliament in {COUNTRY2}, where it faces opposition',
      'Officials in {CITY} described the visit as a turning point, though few details of the talks were made public',
      '{X} said the meeting was as much about signaling to {COUNTRY2} as about any concrete deal',
      'Relations between the two countries have been strained since {PASTYEAR}, when a dispute over {TN} led to the expulsion of several diplomats',
      '{P.name} is expected to travel to {CITY2} next month for a follow-up meeting',
      'The United Nations welcomed the agreement and urged both governments to carry it out in full',
      'A joint statement released after the talks made no mention of {TN}',
      'The visit comes weeks after {COUNTRY2} hosted a delegation from {COUNTRY}, the first in nearly a decade',
      'Diplomats said the wording of the final statement was negotiated late into the night',
      'Protesters gathered outside the foreign ministry in {CITY}, calling on the government to take a harder line',
      'The meeting—arranged at short notice—was the first between the two since {PASTYEAR}',
    ],
    quotes: [
      'We have agreed to keep talking, and that in itself is real progress',
      'Our door is open, but respect has to go both ways',
      'This partnership is not directed against anyone in the region or beyond it',
      'Sanctions alone will not change their behavior, but they raise the price',
      'We did not come here to sign a piece of paper, we came to rebuild trust',
      'The region cannot afford another year of silence between our two governments',
      'What matters is not what they promise in the capital but what they do on the border',
    ],
    captions: [
      '{P.cap} shakes hands with {Q.cap} before their meeting in {CITY}',
      'Flags of {COUNTRY} and {COUNTRY2} are displayed ahead of a signing ceremony in {CITY}',
      'Delegates arrive for the opening session of the summit in {CITY} on {DAY}',
      '{P.cap} speaks during a joint news conference in {CITY}',
    ],
  },
  climate: {
    weight: 9,
    leaderChance: 0.1,
    ministry: 'Environment Ministry',
    titles: ['Environment Minister', 'Climate Minister'],
    experts: ['a climate scientist at <uni>', 'a researcher at <tt>', 'a campaigner with <ngo>', 'a hydrologist at <uni>', 'director of research at <tt>'],
    thinkTanks: ['the Winslow Climate Institute', 'the Brightwater Foundation', 'the Kestrel Institute'],
    companies: COMPANIES.energy,
    intl: ['the United Nations', 'the World Meteorological Organization', 'the European Union', 'the World Bank'],
    nouns: ['emissions targets', 'coal power', 'flood defenses', 'water rationing', 'the carbon tax', 'rising sea levels', 'deforestation', 'the drought', 'electric vehicle subsidies', 'heat waves'],
    ledes: [
      'Floodwaters swept through towns south of {CITY} on {DAY}, forcing more than {NUM} people from their homes after the heaviest rainfall the region has recorded in decades',
      'Temperatures in {CITY} reached a record high on {DAY} as a heat wave gripped much of {COUNTRY}, prompting officials to close schools and limit outdoor work',
      '{P} on {DAY} announced a plan to cut greenhouse gas emissions by {TURNOUT} by the end of the decade, though environmental groups said the target fell short',
      'Wildfires fanned by strong winds burned across hillsides near {PLACE} on {DAY}, destroying dozens of homes and forcing thousands to evacuate',
      'Farmers in {COUNTRY} face a {ORD} straight year of drought, with reservoirs near {CITY} at their lowest level since records began',
    ],
    body: [
      'Meteorologists said the rainfall was consistent with the wetter and more violent storms that scientists link to a warming climate',
      'Emergency crews used boats to rescue residents trapped on rooftops in {PLACE}',
      '{X} said the country’s drainage systems were built for a climate that no longer exists',
      'The government has pledged to phase out coal power by {FUTUREYEAR}, but several new plants are still under construction',
      'Crop losses could reach {MONEY} this year, according to estimates from the agriculture ministry',
      'Insurance claims from the storms are expected to be among the largest in the country’s history',
      'Environmental groups said the plan relied too heavily on carbon offsets and did too little to cut emissions at home',
      'Water has been rationed in {CITY} since {MONTH}, with some neighborhoods receiving supplies only twice a week',
      'The World Meteorological Organization said last year was among the hottest on record',
      'Rescue workers said the death toll was likely to rise as the floodwaters receded',
      'Residents of {PLACE} said it was the third time in five years that their homes had flooded',
      'Scientists at {ORG} said sea levels along the coast had risen faster than the global average',
    ],
    quotes: [
      'We used to get a flood like this once in a generation, and now it comes every few years',
      'The water came up to the second floor in less than an hour',
      'This plan is a start, but it is nowhere near what the science tells us we need',
      'We are asking farmers to adapt to conditions that change faster than any of us expected',
      'There is no more time for targets that only matter after the people who set them have left office',
      'Every degree of warming means more days like today, and more funerals',
    ],
    captions: [
      'Residents wade through a flooded street in {PLACE} on {DAY}',
      'A firefighter battles a wildfire on a hillside near {PLACE}',
      'A farmer inspects dried-up crops in a field outside {CITY}',
      'People cool off in a public fountain during a heat wave in {CITY}',
      'Wind turbines stand along the coast near {PLACE} at sunset',
    ],
  },
  tech: {
    weight: 10,
    leaderChance: 0,
    ministry: 'Digital Ministry',
    titles: ['Digital Minister', 'Technology Minister', 'Communications Minister'],
    experts: ['chief executive of <co>', 'a researcher at <uni>', 'an analyst at <tt>', 'a cybersecurity expert at <co>', 'a professor of computer science at <uni>'],
    thinkTanks: ['the Northgate Policy Lab', 'the Oakridge Forum', 'the Harlow Institute'],
    companies: COMPANIES.tech,
    intl: ['the European Union', 'the World Trade Organization', 'the International Telecommunication Union'],
    nouns: ['artificial intelligence', 'data privacy', 'chip exports', 'app store rules', 'online advertising', 'cloud computing', 'cybersecurity', 'satellite internet', 'social media moderation', 'semiconductor supply chains'],
    ledes: [
      '{CO} on {DAY} unveiled an artificial intelligence model that it said could translate between more than {TENS} languages, intensifying competition with larger rivals',
      '{P} said on {DAY} that the government would require technology companies to store citizens’ data inside {COUNTRY}, a move that could cost the industry {MONEY}',
      'A cyberattack disrupted payment systems at banks across {COUNTRY} on {DAY}, leaving customers unable to withdraw cash for several hours',
      '{CO} said on {DAY} that it would build a {MONEY} chip factory near {CITY}, the largest foreign investment in the country’s history',
      'Regulators in {COUNTRY} opened an investigation on {DAY} into whether {CO} had abused its dominance of the market for {TN}',
    ],
    body: [
      'The company said the new plant would create about {NUM} jobs when it opens in {FUTUREYEAR}',
      '{X} said the rules could push smaller start-ups out of the market',
      'Officials said there was no evidence that customer data had been stolen, though the investigation was continuing',
      'Shares of {CO} rose {PCT} in early trading after the announcement',
      'The government has offered generous subsidies to attract chip makers, hoping to reduce its reliance on imports from {COUNTRY2}',
      'Critics say the data rules would make it easier for the authorities to monitor political activists',
      'The outage affected more than {NUM} customers, according to the national telecommunications regulator',
      'Engineers traced the problem to a faulty software update pushed to servers overnight',
      '{CO} has spent {MONEY} on research over the past {SMALL} years, according to its annual report',
      'Lawmakers are expected to vote on the proposal before the end of the year',
      'The investigation could lead to fines of up to {PCT} of the company’s global revenue',
    ],
    quotes: [
      'We built this for the billions of people who are not served by today’s technology',
      'Data about our citizens should be protected by our laws, not someone else’s',
      'The attack was sophisticated, but the weaknesses it exploited were not',
      'Regulation that arrives five years late is not regulation at all',
      'Nobody is going to build a factory like this unless they believe the market will be there in ten years',
      'Small companies will not be able to afford the compliance costs, and that is the point',
    ],
    captions: [
      'Visitors try out new devices at a technology fair in {CITY} on {DAY}',
      'An engineer works in a clean room at a chip factory near {CITY}',
      'Customers queue outside a bank branch in {CITY} after a cyberattack disrupted payments',
      '{P.cap} presents the government’s digital strategy at a news conference in {CITY}',
    ],
  },
  health: {
    weight: 8,
    leaderChance: 0,
    ministry: 'Health Ministry',
    titles: ['Health Minister', 'Deputy Health Minister'],
    experts: ['an epidemiologist at <uni>', 'a doctor at <hospital>', 'a professor of public health at <uni>', 'head of emergency medicine at <hospital>', 'a researcher at <tt>'],
    thinkTanks: ['the Carrow Center for Global Health', 'the Kestrel Institute', 'the Brightwater Foundation'],
    companies: COMPANIES.health,
    intl: ['the World Health Organization', 'Doctors Without Borders', 'the Red Cross', 'UNICEF'],
    nouns: ['vaccination rates', 'drug prices', 'hospital waiting times', 'the nursing shortage', 'the measles outbreak', 'health insurance', 'mental health services', 'antibiotic resistance', 'the doctors’ strike', 'maternal care'],
    ledes: [
      'Health officials in {COUNTRY} confirmed {NUM} new cases of measles on {DAY}, the largest outbreak in more than a decade, and urged parents to vaccinate their children',
      '{P} announced on {DAY} that the government would cap the price of {SMALL} common medicines, after months of complaints about shortages and rising costs',
      'Doctors at public hospitals across {COUNTRY} walked off the job on {DAY}, demanding higher pay and more staff after years of budget cuts',
      'A new vaccine against malaria will be given to children in {SMALL} regions of {COUNTRY} starting next month, health authorities said on {DAY}',
      'Waiting times for emergency care in {CITY} have doubled since {PASTYEAR}, according to a report released on {DAY} by {ORG}',
    ],
    body: [
      'Most of the cases were among children under five who had not been vaccinated, officials said',
      '{X} said the outbreak was a warning about falling vaccination rates in poorer neighborhoods',
      'Hospitals in {CITY} have postponed non-urgent surgery to cope with the strike',
      'The ministry said it had sent additional medical teams and supplies to {PLACE}',
      'Pharmacies have reported shortages of antibiotics and insulin since {MONTH}',
      'The World Health Organization said the vaccine had been shown to reduce severe cases by about {TURNOUT}',
      'Unions representing nurses said they would join the strike if talks with the ministry failed',
      'Health spending in {COUNTRY} is well below the average for countries of a similar income',
      'Officials urged anyone with a fever and a rash to stay at home and contact a doctor',
      '{P.name} has promised to hire {NUM} new nurses over the next {SMALL} years',
      'The report found that one in {SMALL} patients waited more than four hours to be seen',
      '{CO} said it would increase production of the drug to ease shortages by the end of {MONTH}',
    ],
    quotes: [
      'Measles is entirely preventable, and every one of these cases is a failure we could have avoided',
      'We are working double shifts and we are still not able to see everyone who needs us',
      'No family should have to choose between paying the rent and paying for medicine',
      'This vaccine will save thousands of young lives in the next few years alone',
      'The strike is a last resort, but the government has left us no choice',
      'We are asking people to be patient, but we also understand their anger',
    ],
    captions: [
      'A nurse prepares a vaccine at a health center in {CITY} on {DAY}',
      'Doctors hold placards during a protest outside a hospital in {CITY}',
      'Patients wait in the corridor of a public hospital in {PLACE} on {DAY}',
      '{P.cap} visits a children’s ward at a hospital in {CITY}',
    ],
  },
  elections: {
    weight: 10,
    leaderChance: 0.35,
    ministry: 'Interior Ministry',
    titles: ['opposition leader', 'Deputy Prime Minister', 'Mayor'],
    experts: ['a pollster at <tt>', 'a political scientist at <uni>', 'director of <tt>', 'a senior researcher at <tt>'],
    thinkTanks: ['the Marlowe Center for Democracy', 'the Lindqvist Center', 'the Northgate Policy Lab'],
    companies: COMPANIES.economy,
    intl: ['the Organization for Security and Cooperation in Europe', 'the African Union', 'the European Union', 'the United Nations'],
    nouns: ['the cost of living', 'corruption', 'immigration', 'pension reform', 'the electoral law', 'voter registration', 'campaign financing', 'the presidential term limit', 'public sector wages', 'regional autonomy'],
    ledes: [
      'Voters in {COUNTRY} went to the polls on {DAY} in a closely fought election that could end {SMALL} years of rule by {PARTY}',
      '{P} claimed victory in {COUNTRY.poss} election on {DAY}, after preliminary results showed a lead of about {PCT} over the nearest rival',
      'Tens of thousands of people marched through {CITY} on {DAY} to protest what they called a rigged election, as the opposition refused to accept the results',
      '{PARTY} won the most seats in parliamentary elections on {DAY} but fell short of a majority, setting up weeks of coalition talks',
      'Turnout in {COUNTRY.poss} regional elections reached {TURNOUT} on {DAY}, the highest in decades, as anger over {TN} drove voters to the polls',
    ],
    body: [
      'Preliminary results showed {PARTY} leading in most urban districts, while {PARTY2} dominated the countryside',
      'The election commission said it had received more than {NUM} complaints about irregularities',
      '{X} said the result reflected deep frustration over {TN}',
      '{P.name} has campaigned on promises to cut taxes and tackle corruption',
      'Observers from {INTL} said the vote was largely orderly but noted cases of intimidation in {PLACE}',
      'Final results are expected from the election commission by the end of the week',
      'The campaign was dominated by debates over {TN} and the rising cost of living',
      'Opinion polls in the weeks before the vote had shown the two main parties almost level',
      'Police said they had detained {SMALL} people after scuffles outside a polling station in {PLACE}',
      '{PARTY2} said it would challenge the results in court, citing irregularities in several districts',
      'Turnout was {TURNOUT}, according to the election commission, up sharply from the last vote',
    ],
    quotes: [
      'Tonight the people have chosen change, and we will not let them down',
      'We will accept the result only when every single vote has been counted',
      'People are tired of promises, they want to be able to pay their bills',
      'This was not a vote for anyone, it was a vote against the way things have been',
      'Democracy is not only about election day, it is about what happens after',
      'We saw long queues everywhere we went, and that tells you how much this election mattered',
    ],
    captions: [
      'A woman casts her ballot at a polling station in {CITY} on {DAY}',
      'Supporters of {PARTY} celebrate outside the party headquarters in {CITY}',
      'Election workers count ballots at a polling station in {PLACE}',
      '{P.cap} waves to supporters during a campaign rally in {CITY}',
    ],
  },
  sport: {
    weight: 9,
    leaderChance: 0,
    ministry: 'Sports Ministry',
    titles: ['<C> coach', '<C> captain', 'Sports Minister'],
    experts: ['a commentator for <media>', 'a sports economist at <uni>', 'a former national team player who now works for <media>'],
    thinkTanks: [],
    companies: ['Kitewell Airlines', 'Arbor Telecom', 'Westmark Retail'],
    intl: ['the International Olympic Committee', 'FIFA', 'World Athletics'],
    nouns: ['ticket prices', 'the new stadium', 'the coaching staff', 'player transfers', 'doping controls', 'the qualifying rules', 'broadcast rights', 'youth academies'],
    ledes: [
      '{COUNTRY} beat {COUNTRY2} {SCORE} in {CITY} on {DAY} to reach the final of the continental championship for the first time since {PASTYEAR}',
      '{P} named a young squad on {DAY} for next month’s qualifiers, leaving out several veterans who helped the team reach the semifinals in {PASTYEAR}',
      'Organizers of the marathon in {CITY} said on {DAY} that a record {NUM} runners had registered for this year’s race, despite a forecast of extreme heat',
      '{CITY} was chosen on {DAY} to host the {FUTUREYEAR} world championships, beating a rival bid from {CITY2} after a vote by the international federation',
      'A late goal gave {COUNTRY} a {SCORE} victory over {COUNTRY2} on {DAY}, lifting the team to the top of its qualifying group',
    ],
    body: [
      'The team had not beaten {COUNTRY2} in a competitive match since {PASTYEAR}',
      '{P.name} praised the players for their discipline in the second half',
      'Thousands of fans packed the stadium in {CITY}, many of them waving flags and singing long after the final whistle',
      'The federation said it would invest {MONEY} in new training facilities before the tournament',
      '{X} said the win showed how much the national team had improved under its new coaching staff',
      'Ticket prices for the final have drawn complaints from supporters’ groups across {COUNTRY}',
      'The bid promised to use existing stadiums and to keep costs below {MONEY}',
      'Several players are carrying injuries and could miss the next round, the team doctor said',
      'Television audiences for the match were the highest for any sporting event in {COUNTRY} this year',
      'The team returns to training next week before traveling to {CITY2} for its next game',
    ],
    quotes: [
      'We showed today that we can play with anyone when we stay together as a team',
      'The fans deserved this, they have waited a long time for a night like tonight',
      'We still have a lot to improve, but this group has enormous character',
      'Hosting the championships will change how the world sees our city',
      'I told the players at halftime to stop worrying about the score and start enjoying the game',
      'Young players need to know that the door to the national team is open',
    ],
    captions: [
      'Players celebrate after scoring a goal during the match in {CITY} on {DAY}',
      'Fans cheer in the stands of the national stadium in {CITY}',
      'Runners cross a bridge during the annual marathon in {CITY}',
      '{P.cap} watches from the sideline during a training session in {CITY}',
    ],
  },
  culture: {
    weight: 6,
    leaderChance: 0,
    ministry: 'Culture Ministry',
    titles: ['Culture Minister'],
    experts: ['a curator at <museum>', 'a critic at <media>', 'a film historian at <uni>', 'a novelist who teaches writing at <uni>', 'a member of the board of <museum>'],
    thinkTanks: [],
    companies: ['Stellar Nine Media', 'Westmark Retail'],
    intl: ['UNESCO', 'the European Union'],
    nouns: ['arts funding', 'the return of looted artifacts', 'film subsidies', 'the new museum', 'copyright rules', 'ticket prices', 'the national library', 'heritage protection'],
    ledes: [
      'A film about a family of fishermen in {PLACE} won the top prize at the Solenne Film Festival on {DAY}, the first award of its kind for a director from {COUNTRY}',
      'The Verity Museum of Modern Art said on {DAY} that it would return {SMALL} bronze sculptures to {COUNTRY}, more than a century after they were taken',
      '{P} announced on {DAY} a {MONEY} fund to restore historic theaters and cinemas across {COUNTRY}, many of which closed during the pandemic',
      'Thousands of people lined the streets of {CITY} on {DAY} for the funeral of a singer whose songs became anthems for a generation',
      'A novel set during the floods of {PASTYEAR} in {PLACE} won the Castor Book Prize on {DAY}, beating {SMALL} other finalists',
    ],
    body: [
      'The director, who grew up in {PLACE}, dedicated the award to the people who appeared in the film',
      '{X} said the return of the sculptures could set a precedent for other museums',
      'Tickets for the exhibition sold out within hours of going on sale in {CITY}',
      'The theater, built in the {DECADE}, has been closed for renovation since {PASTYEAR}',
      'The film was shot over {SMALL} months with a cast made up mostly of local residents',
      'Critics praised the book for its portrait of life in a small coastal town',
      'The fund will be administered by the Culture Ministry and open to applications from next month',
      'Museums across Europe have faced growing calls to return objects taken during the colonial era',
      'The festival drew about {NUM} visitors this year, its organizers said',
      'The singer’s albums have sold millions of copies across {COUNTRY} and {COUNTRY2}',
    ],
    quotes: [
      'This prize belongs to the people of my hometown, who trusted us with their stories',
      'These objects were never ours to keep, and returning them is long overdue',
      'A city without theaters is a city that has forgotten how to talk to itself',
      'I wrote this book because nobody else was telling the story of what happened to us',
      'Culture is not a luxury, it is how a country understands itself',
      'Her songs were the soundtrack of our lives, and today the whole city is singing them',
    ],
    captions: [
      'The director holds the award on stage during the closing ceremony in {CITY}',
      'Visitors look at paintings during the opening of an exhibition in {CITY}',
      'Mourners hold candles and photographs during a vigil in {CITY} on {DAY}',
      'Workers restore the painted ceiling of a historic theater in {CITY}',
    ],
  },
  justice: {
    weight: 6,
    leaderChance: 0,
    ministry: 'Justice Ministry',
    titles: ['Justice Minister', 'Judge', 'Attorney General', 'chief prosecutor'],
    experts: ['a professor of law at <uni>', 'a lawyer who represents several of the families', 'a researcher at <ngo>', 'a former judge now at <tt>'],
    thinkTanks: ['the Marlowe Center for Democracy', 'the Brightwater Foundation'],
    companies: [...COMPANIES.economy, ...COMPANIES.tech],
    intl: ['the United Nations', 'the International Criminal Court', 'the European Court of Human Rights'],
    nouns: ['the corruption case', 'prison overcrowding', 'judicial independence', 'the surveillance law', 'money laundering', 'the smuggling network', 'police reform', 'the bail system'],
    ledes: [
      'A court in {CITY} sentenced a former deputy minister to {SMALL} years in prison on {DAY} for taking bribes in exchange for public contracts worth {MONEY}',
      'The Supreme Court of {COUNTRY} ruled on {DAY} that a law allowing the government to monitor private messages without a warrant was unconstitutional',
      'Prosecutors in {COUNTRY} charged {SMALL} executives of {CO} with fraud on {DAY}, accusing them of hiding losses from investors for years',
      '{P} said on {DAY} that the government would overhaul the country’s prisons after a report found severe overcrowding in {PLACE}',
      'Police in {CITY} arrested {SMALL} people on {DAY} in connection with a smuggling network that investigators said moved millions of dollars in cash across the border',
    ],
    body: [
      'Lawyers for the defendant said they would appeal the verdict as soon as possible',
      '{X} said the ruling would force the government to rewrite large parts of the law',
      'The trial lasted {SMALL} months and heard evidence from more than {TENS} witnesses',
      'Prosecutors said the scheme had cost the state at least {MONEY} over a decade',
      'The court ordered the release of {SMALL} people who had been held without charge since {MONTH}',
      'Human rights groups welcomed the decision but said it had come too late for many families',
      '{CO} said in a statement that it was cooperating fully with investigators',
      'The case has become a symbol of the government’s promise to tackle corruption',
      'Prisons in {COUNTRY} hold nearly twice as many inmates as they were built for, according to {ORG}',
      'The judge said the evidence showed a pattern of abuse that had lasted for years',
    ],
    quotes: [
      'No one is above the law, and today’s verdict proves it beyond doubt',
      'This ruling protects the privacy of every citizen in this country',
      'My client has always maintained that he is innocent, and we will appeal',
      'We waited seven years for justice, and today we finally got some of it',
      'Overcrowded prisons do not make anyone safer, and they never have',
      'The investigation is far from over, and more arrests are likely in the coming weeks',
    ],
    captions: [
      'Police officers stand guard outside the courthouse in {CITY} on {DAY}',
      'Relatives of the victims react after the verdict was read in {CITY}',
      'Judges enter the courtroom at the start of the hearing in {CITY}',
      '{P.cap} speaks to reporters outside the Supreme Court in {CITY}',
    ],
  },
  energy: {
    weight: 6,
    leaderChance: 0.1,
    ministry: 'Energy Ministry',
    titles: ['Energy Minister', 'Oil Minister'],
    experts: ['an energy analyst at <tt>', 'chief executive of <co>', 'a researcher at <uni>', 'an oil market analyst at <bank>'],
    thinkTanks: ['the Halvorsen Institute', 'the Winslow Climate Institute', 'the Pemberton Institute for Economic Research', 'the Ashgrove Policy Institute'],
    companies: COMPANIES.energy,
    intl: ['the International Energy Agency', 'the International Atomic Energy Agency', 'the Organization of the Petroleum Exporting Countries', 'the European Union'],
    nouns: ['fuel subsidies', 'power cuts', 'the gas pipeline', 'nuclear power', 'offshore wind', 'oil output', 'electricity prices', 'the energy transition', 'coal mining'],
    ledes: [
      '{CO} said on {DAY} that it would invest {MONEY} in offshore wind farms along the coast of {COUNTRY}, its largest bet yet on renewable power',
      'Oil prices climbed to their highest level in {SMALL} months on {DAY} after producers agreed to extend output cuts through the end of the year',
      '{P} announced on {DAY} that {COUNTRY} would build {SMALL} new nuclear reactors by {FUTUREYEAR}, reversing a decision to phase out nuclear power',
      'Power cuts lasting up to {SMALL} hours a day have returned to {CITY} as a shortage of natural gas forces utilities to ration electricity',
      'A pipeline carrying natural gas from {COUNTRY2} to {COUNTRY} was shut on {DAY} after an explosion near {PLACE}, officials said',
    ],
    body: [
      'The project is expected to supply electricity to about {NUM} homes when it is completed',
      '{X} said the decision reflected growing worries about energy security',
      'Fuel prices at the pump have risen by {PCT} since {MONTH}, according to government figures',
      'Engineers were still assessing the damage to the pipeline, and it was unclear when supplies would resume',
      'Solar and wind power now account for about {TURNOUT} of the country’s electricity, up from almost nothing a decade ago',
      'The government has spent {MONEY} on fuel subsidies this year to shield households from higher prices',
      'Residents of {PLACE} said the power cuts had forced small businesses to close early or run expensive diesel generators',
      'Analysts at {ORG} said the output cuts could push prices higher through the winter',
      'Environmental groups criticized the plan, saying it would lock in fossil fuel use for decades',
      'The state power company has accumulated debts of more than {MONEY}, according to its latest accounts',
    ],
    quotes: [
      'We cannot run a modern economy on electricity that disappears every afternoon',
      'Energy security is national security, and we will not depend on a single supplier again',
      'The wind off our coast is a resource as valuable as any oil field',
      'Prices will stay high until there is more supply, and there is no quick fix for that',
      'Every family in this country has felt the cost of this crisis on their bills',
    ],
    captions: [
      'Wind turbines are seen at an offshore wind farm near {PLACE}',
      'A worker checks valves at a gas processing plant outside {CITY}',
      'A street in {CITY} is lit only by car headlights during a power cut',
      '{P.cap} tours the construction site of a new power plant near {CITY}',
    ],
  },
}

/** Sentences that fit any topic. */
const GENERIC_BODY = [
  '{P.name} did not respond to a request for comment on {DAY}',
  'The announcement drew a swift response from {Q}, who called it a mistake that would hurt both countries',
  'Officials in {CITY} declined to comment on the report',
  'The issue is expected to feature prominently when regional leaders meet in {CITY2} next month',
  'Critics say the government has been slow to respond to {TN}',
  'The debate has played out loudly on social media, where clips of the speech have been shared widely',
  'Opposition lawmakers called for an inquiry and demanded that {P.name} appear before parliament',
  'A survey published last month by {ORG} found that most people in {COUNTRY} were pessimistic about the year ahead',
  'Details of the plan are expected to be published by the {MIN} in the coming weeks',
  'The decision followed weeks of closed-door negotiations in {CITY}',
  '{X} said it was too early to judge whether the policy would work',
  'The government’s critics have seized on the issue ahead of local elections next year',
  'It was not immediately clear how the plan would be paid for',
  'The same concerns were raised in {PASTYEAR}, when a similar proposal was abandoned after protests',
  '{P.name} has faced growing criticism at home over {TN}, and {P.his} approval ratings have fallen',
]

/** One-sentence paragraphs. */
const SHORT = [
  'The {MIN} did not respond to requests for comment',
  'Officials declined to say how many people had been affected',
  'It was not clear when a final decision would be made',
  '{P.name} left the building without speaking to reporters',
  'Talks are expected to resume later this month in {CITY2}',
  '{P.name} has not said whether {P.he} will seek another term',
  'The figures could not be independently verified on {DAY}',
]

const GENERIC_QUOTES = [
  'We will study the details carefully before deciding on our next steps',
  'People want to see results, not more announcements from the capital',
  'This is a difficult moment, and I do not want to minimize it',
  'We have been warning about this for years, and nobody listened',
  'It is too early to say what this will mean in the long run',
]

const CAPTION_SECONDS = [
  'The photograph was released by the government press office',
  'Several thousand people attended, according to local officials',
  'Officials said more events were planned for the coming weeks',
  'The picture was made available by the organizers on {DAY}',
]

/**
 * Tails that lengthen a statement: a source for one that has none, and some context. Never a
 * dash, so ledes stay dash-free.
 */
const SOURCE_TAILS = [
  ', according to {ORG}',
  ', officials said',
  ', according to people familiar with the matter',
  ', according to local media reports',
  ', a {MIN} spokesperson said',
]
const CONTEXT_TAILS = [
  ' amid growing concern over {TN}',
  ', the latest sign of pressure on the government over {TN}',
  ' after months of debate over {TN}',
  ', in a sign of how far the argument over {TN} has shifted',
  ', despite warnings from {ORG}',
]
/** Only where another government's reaction makes sense. */
const FOREIGN_TAILS = [' as {COUNTRY2} weighs its own response', ', a move likely to draw a response from {COUNTRY2}']
const FOREIGN_TOPICS: readonly TopicName[] = ['economy', 'conflict', 'diplomacy', 'energy']
const HAS_SOURCE = /\bsaid\b|\baccording to\b/

// ---------------------------------------------------------------------------------------------
// Templates: `{SLOT}` places compiled once into functions of the article being written

type Cast = { P: Person; Q: Person; X: Person }

type Ctx = {
  rng: Rng
  topic: Topic
  cast: Cast
  country: Country
  country2: Country
  city: string
  city2: string
  org: string
  intl: string
  company: string
  parties: readonly [string, string]
  day: string
  year: number
  month: number
  mentioned: Set<Person>
  /** People first mentioned by the sentence being built, forgotten again if it is thrown away. */
  pending: Person[]
  used: Set<Template>
}

type Slot = (ctx: Ctx) => string
/** `head`, then each slot's text followed by its literal `after`; `spaces` counts the literals'. */
type Template = { head: string; steps: readonly { slot: Slot; after: string }[]; spaces: number }
/** Text with its word count, kept as it is built: scanning long built-up strings again is slow. */
type Words = { text: string; words: number }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const SMALL_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth']

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`
}

function withoutArticle(name: string): string {
  return name.startsWith('the ') ? name.slice(4) : name
}

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function mention(ctx: Ctx, person: Person): boolean {
  if (ctx.mentioned.has(person)) return false
  ctx.mentioned.add(person)
  ctx.pending.push(person)
  return true
}

/** `Finance Minister Grace Otieno`, `Kenyan Finance Minister Grace Otieno`, `Brazil coach …`. */
function titledName(ctx: Ctx, person: Person, title: string): string {
  if (title.includes('<C>')) return `${title.replace('<C>', withoutArticle(person.country.name))} ${person.full}`
  const lowerCase = title.charAt(0) !== title.charAt(0).toUpperCase()
  return lowerCase || ctx.rng() < 0.5 ? `${person.country.dem} ${title} ${person.full}` : `${title} ${person.full}`
}

/** As the subject of a verb: a name the first time (with title or description), then the surname. */
function subjectForm(ctx: Ctx, person: Person): string {
  if (!mention(ctx, person)) return person.last
  if (person.title) return titledName(ctx, person, person.title)
  return `${person.full}, ${person.role ?? 'who follows the issue closely'},`
}

/** Anywhere in a sentence: title and name the first time, then the surname; never a description. */
function nameForm(ctx: Ctx, person: Person): string {
  if (!mention(ctx, person)) return person.last
  return person.title ? titledName(ctx, person, person.title) : person.full
}

/** Closes a sentence: `…, said Grace Otieno, an economist at …` the first time, then `…, Otieno said`. */
function saidForm(ctx: Ctx, person: Person): string {
  if (!mention(ctx, person)) return `${person.last} said`
  if (person.title) return `said ${titledName(ctx, person, person.title)}`
  return `said ${person.full}, ${person.roleLong ?? person.role ?? 'who follows the issue closely'}`
}

/** In a caption, which is not the story: the text still introduces the person in full. */
function captionForm(ctx: Ctx, person: Person): string {
  return person.title ? titledName(ctx, person, person.title) : person.full
}

function monthBefore(ctx: Ctx): string {
  return MONTHS[(ctx.month + 12 - between(ctx.rng, 1, 8)) % 12] ?? 'January'
}

const SLOTS: Record<string, Slot> = {
  DAY: (ctx) => ctx.day,
  COUNTRY: (ctx) => ctx.country.name,
  'COUNTRY.poss': (ctx) => possessive(ctx.country.name),
  DEM: (ctx) => ctx.country.dem,
  CITY: (ctx) => ctx.city,
  PLACE: (ctx) => pick(ctx.rng, ctx.country.cities),
  COUNTRY2: (ctx) => ctx.country2.name,
  CITY2: (ctx) => ctx.city2,
  ORG: (ctx) => ctx.org,
  INTL: (ctx) => ctx.intl,
  CO: (ctx) => ctx.company,
  MIN: (ctx) => ctx.topic.ministry,
  PARTY: (ctx) => ctx.parties[0],
  PARTY2: (ctx) => ctx.parties[1],
  TN: (ctx) => pick(ctx.rng, ctx.topic.nouns),
  MONTH: monthBefore,
  PASTYEAR: (ctx) => String(ctx.year - between(ctx.rng, 2, 14)),
  FUTUREYEAR: (ctx) => String(ctx.year + between(ctx.rng, 2, 10)),
  DECADE: (ctx) => `${String(between(ctx.rng, 188, 197))}0s`,
  SMALL: (ctx) => pick(ctx.rng, SMALL_NUMBERS),
  ORD: (ctx) => pick(ctx.rng, ORDINALS),
  TENS: (ctx) => String(between(ctx.rng, 2, 9) * 10),
  NUM: (ctx) => {
    const magnitude = pick(ctx.rng, [10, 100, 1000])
    return grouped(between(ctx.rng, 15, 95) * magnitude)
  },
  PCT: (ctx) => `${(between(ctx.rng, 3, 129) / 10).toFixed(1)}%`,
  TURNOUT: (ctx) => `${String(between(ctx.rng, 18, 79))}%`,
  MONEY: (ctx) => {
    const amount = ctx.rng() < 0.5 ? String(between(ctx.rng, 2, 950)) : (between(ctx.rng, 11, 99) / 10).toFixed(1)
    return `$${amount} ${ctx.rng() < 0.55 ? 'million' : 'billion'}`
  },
  SCORE: (ctx) => {
    const winner = between(ctx.rng, 1, 5)
    return `${String(winner)}-${String(between(ctx.rng, 0, winner - 1))}`
  },
}

for (const who of ['P', 'Q', 'X'] as const) {
  SLOTS[who] = (ctx) => subjectForm(ctx, ctx.cast[who])
  SLOTS[`${who}.name`] = (ctx) => nameForm(ctx, ctx.cast[who])
  SLOTS[`${who}.poss`] = (ctx) => possessive(nameForm(ctx, ctx.cast[who]))
  SLOTS[`${who}.cap`] = (ctx) => captionForm(ctx, ctx.cast[who])
  SLOTS[`${who}.he`] = (ctx) => ctx.cast[who].pronoun
  SLOTS[`${who}.his`] = (ctx) => (ctx.cast[who].pronoun === 'he' ? 'his' : 'her')
}

function spaces(text: string): number {
  let count = 0
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++
  return count
}

/** Words in generated text, which never has doubled spaces or free-standing punctuation. */
function words(text: string): Words {
  return { text, words: spaces(text) + 1 }
}

function compile(source: string): Template {
  const [head = '', ...rest] = source.split(/\{([A-Za-z0-9.]+)\}/)
  const steps: { slot: Slot; after: string }[] = []
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i] ?? ''
    const slot = SLOTS[name]
    if (!slot) throw new Error(`unknown slot {${name}} in "${source}"`)
    steps.push({ slot, after: rest[i + 1] ?? '' })
  }
  return { head, steps, spaces: spaces(head) + steps.reduce((sum, step) => sum + spaces(step.after), 0) }
}

function fill(ctx: Ctx, template: Template): Words {
  let text = template.head
  let count = template.spaces
  for (const { slot, after } of template.steps) {
    const value = slot(ctx)
    count += spaces(value)
    text += value + after
  }
  return { text, words: count + 1 }
}

type Topic = {
  name: TopicName
  weight: number
  leaderChance: number
  ministry: string
  nouns: readonly string[]
  orgs: readonly string[]
  intl: readonly string[]
  companies: readonly string[]
  ledes: readonly Template[]
  body: readonly Template[]
  /** Body sentences that name nobody and cite no source: safe to end with `, said Someone`. */
  plainBody: readonly Template[]
  /** Whether another government's reaction fits the topic. */
  foreignTails: boolean
  quotes: readonly Template[]
  captions: readonly Template[]
  actors: readonly Person[]
  leaders: readonly Person[]
  experts: readonly Person[]
}

const NAMES_SOMEONE = /\{[PQX](?:\.[a-z]+)?\}/

// ---------------------------------------------------------------------------------------------
// Building the fixed pool of people and the compiled topics

const POOL_SEED = 0x5eed_c0de

type Registry = { fullNames: Set<string>; lastUses: Map<string, number> }

function invent(rng: Rng, registry: Registry, group: NameGroup): Omit<Person, 'country' | 'topic'> {
  const groups: NameGroup[] = [group, 'anglo', 'western', 'hispanic', 'african']
  for (const candidateGroup of groups) {
    const book = NAMES[candidateGroup]
    for (let attempt = 0; attempt < 60; attempt++) {
      const pronoun = rng() < 0.5 ? 'she' : 'he'
      const first = pick(rng, pronoun === 'she' ? book.female : book.male)
      const lastForms = pick(rng, book.last).split('|')
      const last = (pronoun === 'she' ? lastForms[1] : undefined) ?? lastForms[0] ?? 'Smith'
      const full = book.surnameFirst ? `${last} ${first}` : `${first} ${last}`
      const uses = registry.lastUses.get(last) ?? 0
      if (registry.fullNames.has(full) || uses >= 2) continue
      registry.fullNames.add(full)
      registry.lastUses.set(last, uses + 1)
      return { full, last, pronoun }
    }
  }
  throw new Error(`ran out of names for ${group}`)
}

function expertRole(rng: Rng, source: TopicSource, template: string): { role: string; roleLong: string } {
  let description: string | undefined
  const role = template.replace(/<([a-z]+)>/g, (_, kind: string) => {
    switch (kind) {
      case 'tt': {
        const name = pick(rng, source.thinkTanks.length > 0 ? source.thinkTanks : Object.keys(THINK_TANKS))
        description = THINK_TANKS[name]
        return name
      }
      case 'uni':
        return pick(rng, UNIVERSITIES)
      case 'co':
        return pick(rng, source.companies)
      case 'bank':
        return pick(rng, BANKS)
      case 'hospital':
        return pick(rng, HOSPITALS)
      case 'museum':
        return pick(rng, MUSEUMS)
      case 'media':
        return pick(rng, MEDIA)
      case 'ngo':
        return pick(rng, NGOS)
      default:
        throw new Error(`unknown organisation kind <${kind}>`)
    }
  })
  return { role, roleLong: description ? `${role}, ${description}` : role }
}

const ACTORS_PER_TOPIC = 16
const EXPERTS_PER_TOPIC = 9

function buildTopics(): { topics: readonly Topic[]; people: readonly Person[] } {
  const rng = createRng(POOL_SEED)
  const registry: Registry = { fullNames: new Set(), lastUses: new Map() }
  const people: Person[] = []

  const leaders = LEADERS.map(([name, title]): Person => {
    const home = country(name)
    return { ...invent(rng, registry, home.group), country: home, topic: 'leader', title }
  })
  people.push(...leaders)

  const topics = (Object.keys(TOPIC_SOURCES) as TopicName[]).map((name): Topic => {
    const source = TOPIC_SOURCES[name]
    const homes = source.countries?.map(country)
    const actors = Array.from({ length: ACTORS_PER_TOPIC }, (): Person => {
      const home = homes ? pick(rng, homes) : pick(rng, rng() < 0.8 ? DATELINED_COUNTRIES : COUNTRIES)
      return { ...invent(rng, registry, home.group), country: home, topic: name, title: pick(rng, source.titles) }
    })
    const experts = Array.from({ length: EXPERTS_PER_TOPIC }, (): Person => {
      const home = pick(rng, DATELINED_COUNTRIES)
      return { ...invent(rng, registry, home.group), country: home, topic: name, ...expertRole(rng, source, pick(rng, source.experts)) }
    })
    people.push(...actors, ...experts)

    const body = source.body.map(compile)
    return {
      name,
      weight: source.weight,
      leaderChance: source.leaderChance,
      ministry: source.ministry,
      nouns: source.nouns,
      orgs: source.thinkTanks.length > 0 ? [...source.thinkTanks, ...source.intl] : source.intl,
      intl: source.intl,
      companies: source.companies,
      ledes: source.ledes.map(compile),
      body: [...body, ...GENERIC_BODY.map(compile)],
      plainBody: source.body.filter((text) => !NAMES_SOMEONE.test(text) && !HAS_SOURCE.test(text)).map(compile),
      foreignTails: FOREIGN_TOPICS.includes(name),
      quotes: [...source.quotes, ...GENERIC_QUOTES].map(compile),
      captions: source.captions.map(compile),
      actors,
      leaders: homes ? leaders.filter((leader) => homes.includes(leader.country)) : leaders,
      experts,
    }
  })
  return { topics, people }
}

const { topics: TOPICS, people: PEOPLE } = buildTopics()
const TOPIC_WEIGHT_TOTAL = TOPICS.reduce((sum, topic) => sum + topic.weight, 0)
const SHORT_TEMPLATES = SHORT.map(compile)
const CAPTION_SECOND_TEMPLATES = CAPTION_SECONDS.map(compile)
const SOURCE_TAIL_TEMPLATES = SOURCE_TAILS.map(compile)
const CONTEXT_TAIL_TEMPLATES = CONTEXT_TAILS.map(compile)
const FOREIGN_TAIL_TEMPLATES = [...CONTEXT_TAILS, ...FOREIGN_TAILS].map(compile)

/** The fixed pool of people, for tests and curious readers. */
export const PEOPLE_POOL: readonly { name: string; topic: TopicName | 'leader'; country: string }[] = PEOPLE.map((person) => ({
  name: person.full,
  topic: person.topic,
  country: person.country.name,
}))

export const TOPIC_NAMES: readonly TopicName[] = TOPICS.map((topic) => topic.name)

// ---------------------------------------------------------------------------------------------
// Sentences and paragraphs

export const MIN_SENTENCE_WORDS = 8
export const MAX_SENTENCE_WORDS = 35

function capitalize(text: string): string {
  const at = text.startsWith('“') ? 1 : 0
  const first = text.charAt(at)
  const upper = first.toUpperCase()
  return first === upper ? text : text.slice(0, at) + upper + text.slice(at + 1)
}

function pickTemplate(ctx: Ctx, templates: readonly Template[]): Template {
  let template = pick(ctx.rng, templates)
  for (let retry = 0; retry < 4 && ctx.used.has(template); retry++) template = pick(ctx.rng, templates)
  ctx.used.add(template)
  return template
}

const LEDE_TAIL_CHANCE = 0.4
const BODY_TAIL_CHANCE = 0.3

/** Appends `tail` unless the sentence would grow too long or repeat the tail's opening word. */
function withTail(ctx: Ctx, sentence: Words, tail: Template): Words {
  const extra = fill(ctx, tail)
  const total = sentence.words + extra.words - 1
  if (total > MAX_SENTENCE_WORDS) return sentence
  const opening = /^,? (\w+)/.exec(extra.text)?.[1]
  if (opening && opening.length > 2 && sentence.text.includes(` ${opening} `)) return sentence
  return { text: sentence.text + extra.text, words: total }
}

/**
 * A statement from `templates`, ended by `end`. With chance `tailChance` it gets a tail: a
 * source if it has none, else some context, and now and then both.
 */
function statement(ctx: Ctx, templates: readonly Template[], tailChance = 0, end = '.'): Words {
  let sentence = fill(ctx, pickTemplate(ctx, templates))
  if (tailChance > 0 && ctx.rng() < tailChance) {
    const context = ctx.topic.foreignTails ? FOREIGN_TAIL_TEMPLATES : CONTEXT_TAIL_TEMPLATES
    const sourced = HAS_SOURCE.test(sentence.text)
    const kind = ctx.rng() // below 0.4 context only, up to 0.6 both, above that a source only
    if (sourced || kind < 0.6) sentence = withTail(ctx, sentence, pick(ctx.rng, context))
    if (!sourced && kind >= 0.4) sentence = withTail(ctx, sentence, pick(ctx.rng, SOURCE_TAIL_TEMPLATES))
  }
  return { text: capitalize(sentence.text) + end, words: sentence.words }
}

/** A quotation's words, capitalized, without closing punctuation. */
function quoteText(ctx: Ctx): Words {
  const quote = fill(ctx, pickTemplate(ctx, ctx.topic.quotes))
  return { text: capitalize(quote.text), words: quote.words }
}

/** `“quote,” attribution.` */
function attributed(quote: Words, attribution: Words): Words {
  return { text: `“${quote.text},” ${attribution.text}.`, words: quote.words + attribution.words }
}

const FALLBACK = 'Officials said more details would be released in the coming days.'

/** Builds a paragraph's sentences, retrying until every one is 8–35 words. */
function attempt(ctx: Ctx, build: () => Words[]): string[] {
  for (let tries = 0; tries < 12; tries++) {
    ctx.pending.length = 0
    const sentences = build()
    if (sentences.every(({ words: count }) => count >= MIN_SENTENCE_WORDS && count <= MAX_SENTENCE_WORDS)) {
      return sentences.map(({ text }) => text)
    }
    for (const person of ctx.pending) ctx.mentioned.delete(person)
  }
  return [FALLBACK]
}

function speaker(ctx: Ctx): Person {
  const roll = ctx.rng()
  return roll < 0.4 ? ctx.cast.P : roll < 0.8 ? ctx.cast.X : ctx.cast.Q
}

function exposition(ctx: Ctx): string[] {
  const count = pick(ctx.rng, [1, 1, 2, 2, 2, 3])
  const sentences: string[] = []
  for (let i = 0; i < count; i++) sentences.push(...attempt(ctx, () => [statement(ctx, ctx.topic.body, BODY_TAIL_CHANCE)]))
  return sentences
}

/** `“…,” Otieno said.`, or `“…,” said Grace Otieno, an economist at …` on a first mention. */
function quoteParagraph(ctx: Ctx): string[] {
  const who = speaker(ctx)
  const form = ctx.rng()
  return attempt(ctx, () => {
    if (form < 0.6) return [attributed(quoteText(ctx), words(saidForm(ctx, who)))]
    if (form < 0.8) {
      const opening = quoteText(ctx)
      return [{ text: `“${opening.text}.`, words: opening.words }, words(`${quoteText(ctx).text},” ${saidForm(ctx, who)}.`)]
    }
    const first = attributed(quoteText(ctx), words(saidForm(ctx, who)))
    const more = quoteText(ctx)
    return [first, { text: `“${more.text}.”`, words: more.words }]
  })
}

/** A paragraph that ends by naming someone, then `“…,” she said.` as the next paragraph. */
function attributedPair(ctx: Ctx): [string[], string[]] {
  const who = ctx.rng() < 0.7 ? ctx.cast.X : ctx.cast.P
  const naming = attempt(ctx, () => {
    const claim = statement(ctx, ctx.topic.plainBody, 0, ', ')
    const source = words(saidForm(ctx, who))
    return [{ text: `${claim.text}${source.text}.`, words: claim.words + source.words }]
  })
  const quote = attempt(ctx, () => [attributed(quoteText(ctx), { text: `${who.pronoun} said`, words: 2 })])
  return [naming, quote]
}

function paragraphCount(rng: Rng): number {
  const spread = (rng() + rng()) / 2
  return 3 + Math.floor(23 * spread ** 1.25)
}

// ---------------------------------------------------------------------------------------------
// Local colour: residents, villages, firms and things, from news-vocabulary.ts

/** Names of one language group, made from the listed ones. */
type LocalNames = { female: NameMaker; male: NameMaker; surname: NameMaker; surnameFirst: boolean }

/** A listed given name half the time, else one made like them. */
function givenNames(listed: readonly string[]): NameMaker {
  const made = syllableNames(listed)
  return (rng) => (rng() < 0.5 ? pick(rng, listed) : made(rng))
}

const LOCAL_NAMES = Object.fromEntries(
  (Object.entries(NAMES) as [NameGroup, NameBook][]).map(([group, book]) => [
    group,
    { female: givenNames(book.female), male: givenNames(book.male), surname: syllableNames(book.last.map((forms) => forms.split('|')[0] ?? forms)), surnameFirst: book.surnameFirst ?? false },
  ]),
) as Record<NameGroup, LocalNames>
/** Villages and towns named in the manner of the region's cities (every region has some). */
const VILLAGE_NAMES = Object.fromEntries(
  [...new Set(COUNTRIES.map((c) => c.region))].map((region) => [region, syllableNames(COUNTRIES.filter((c) => c.region === region).flatMap((c) => c.cities))]),
) as Record<Region, NameMaker>
const OCCUPATIONS = ['teacher', 'farmer', 'nurse', 'shopkeeper', 'taxi driver', 'student', 'retired engineer', 'pharmacist', 'baker', 'fisherman', 'mechanic', 'social worker', 'carpenter', 'bus driver']
const FIRM_KINDS = ['Holdings', 'Logistics', 'Foods', 'Engineering', 'Textiles', 'Group', 'Brothers', 'Construction', 'Pharma', 'Transport']
const PLACE_KINDS = ['village', 'town', 'district', 'suburb']

type Local = { rng: Rng; country: Country; city: string; names: string[] }

function localPerson(local: Local): string {
  const names = LOCAL_NAMES[local.country.group]
  const first = (local.rng() < 0.5 ? names.female : names.male)(local.rng)
  const last = names.surname(local.rng)
  const full = names.surnameFirst ? `${last} ${first}` : `${first} ${last}`
  local.names.push(full)
  return full
}

function localPlace(local: Local): string {
  const name = VILLAGE_NAMES[local.country.region](local.rng)
  local.names.push(name)
  return name
}

function localFirm(local: Local): string {
  const firm = `${LOCAL_NAMES[local.country.group].surname(local.rng)} ${pick(local.rng, FIRM_KINDS)}`
  local.names.push(firm)
  return firm
}

/** One sentence of local colour; every one is 8–35 words whatever the nouns drawn. */
const LOCAL_SENTENCES: readonly ((local: Local) => string)[] = [
  (l) => `${localPerson(l)}, who runs a ${drawNoun(l.rng)} business in ${localPlace(l)}, said the ${drawNoun(l.rng)} had become harder to find.`,
  (l) => `In ${localPlace(l)}, a ${pick(l.rng, PLACE_KINDS)} outside ${l.city}, residents listed the ${drawNoun(l.rng)}, the ${drawNoun(l.rng)} and the ${drawNoun(l.rng)} among their worries.`,
  (l) => `“Nobody asked us about the ${drawNoun(l.rng)},” said ${localPerson(l)}, a ${pick(l.rng, OCCUPATIONS)} in ${localPlace(l)}.`,
  (l) => `${localFirm(l)}, a ${drawNoun(l.rng)} supplier based in ${localPlace(l)}, said it expected the cost of ${drawNoun(l.rng)} to rise this year.`,
  (l) => `The talks also touched on the ${drawNoun(l.rng)}, the ${drawNoun(l.rng)} and the future of the ${drawNoun(l.rng)} industry.`,
  (l) => `Local reports mentioned a dispute over the ${drawNoun(l.rng)} and the ${drawNoun(l.rng)} in ${localPlace(l)}, near ${l.city}.`,
]

const PRONOUN_QUOTE = /^“[^”]+,” (?:he|she) said\.$/

/**
 * Adds three to five sentences of local colour to body paragraphs, never to the lede (it is
 * the headline's source) nor before a `“…,” she said.` paragraph (whose pronoun must still
 * mean the person named before it). Drawn from a stream of its own, so the rest of each
 * article is what it was before there was local colour.
 */
function addLocalColour(seed: number, index: number, ctx: Ctx, paragraphs: string[][]): string[] {
  const local: Local = { rng: createRng((seed ^ 0x10ca1) >>> 0, index + 1), country: ctx.country, city: ctx.city, names: [] }
  const eligible = paragraphs.flatMap((paragraph, at) => (at > 0 && !PRONOUN_QUOTE.test(paragraphs[at + 1]?.join(' ') ?? '') ? [paragraph] : []))
  if (eligible.length === 0) return []
  const count = between(local.rng, 3, 5)
  for (let i = 0; i < count; i++) pick(local.rng, eligible).push(pick(local.rng, LOCAL_SENTENCES)(local))
  return local.names
}

// ---------------------------------------------------------------------------------------------
// Articles

export type GeneratedArticle = {
  index: number
  id: string
  topic: TopicName
  /** `YYYY-MM-DD`. */
  date: string
  caption?: string
  dateline?: string
  /** The lede first, then the body paragraphs, as `parseArticle` returns them. */
  paragraphs: string[]
  /** The same paragraphs as sentences (a quotation's two sentences count as two). */
  sentences: string[][]
  /** Full names of the pool's people the file mentions (caption included), in order of first mention. */
  people: string[]
  /** Names of the local colour: residents, villages and firms, each rarely met in other articles. */
  locals: string[]
  /** The file's content. */
  text: string
}

const FIRST_DAY = Date.UTC(2019, 0, 1)
const DAY_MS = 86_400_000
const DAY_SPAN = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY_MS) + 1

/** Half uniform over 2019–2025, half leaning towards recent years, as a live archive does. */
function pickDate(rng: Rng): Date {
  const roll = rng()
  const offset = Math.floor(DAY_SPAN * (rng() < 0.5 ? roll : Math.sqrt(roll)))
  return new Date(FIRST_DAY + Math.min(offset, DAY_SPAN - 1) * DAY_MS)
}

function pickTopic(rng: Rng): Topic {
  let roll = rng() * TOPIC_WEIGHT_TOTAL
  for (const topic of TOPICS) {
    roll -= topic.weight
    if (roll < 0) return topic
  }
  return TOPICS[TOPICS.length - 1] ?? pick(rng, TOPICS)
}

function pickCast(rng: Rng, topic: Topic): Cast {
  const P = topic.leaders.length > 0 && rng() < topic.leaderChance ? pick(rng, topic.leaders) : pick(rng, topic.actors)
  // Q is the counterpart: another country's official whenever the topic has one.
  const abroad = topic.actors.filter((person) => person.country !== P.country)
  const Q = pick(rng, abroad.length > 0 ? abroad : topic.actors.filter((person) => person !== P))
  const X = pick(rng, topic.experts)
  return { P, Q, X }
}

/** The other country of the story: the counterpart's, else a neighbour more often than not. */
function pickAway(rng: Rng, home: Country, counterpart: Country): Country {
  if (counterpart !== home) return counterpart
  const near = COUNTRIES.filter((other) => other !== home && other.region === home.region)
  return pick(rng, near.length > 0 && rng() < 0.6 ? near : COUNTRIES.filter((other) => other !== home))
}

/**
 * One of the listed datelines for the country; else its capital with the country's name
 * (`RABAT, Morocco`), as the wires write less familiar places. North Korea is covered from Seoul.
 */
function pickDateline(rng: Rng, home: Country): Dateline {
  const own = DATELINES.filter((dateline) => dateline.country === home)
  if (own.length > 0) return pick(rng, own)
  if (home.name === 'North Korea') return DATELINES.find((dateline) => dateline.text === 'SEOUL') ?? pick(rng, DATELINES)
  const capital = home.cities[0] ?? withoutArticle(home.name)
  return { text: `${capital.toUpperCase()}, ${withoutArticle(home.name)}`, city: capital, country: home }
}

/** Article `index` of the corpus for `seed`: the same every time, whatever the corpus size. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = articleRng(seed, index)
  const topic = pickTopic(rng)
  const cast = pickCast(rng, topic)
  const home = cast.P.country
  const away = pickAway(rng, home, cast.Q.country)

  const hasDateline = rng() < 0.95
  // Without a dateline nothing marks where a caption would end, so such files carry no caption.
  const hasCaption = hasDateline && rng() < 0.895
  const dateline = hasDateline ? pickDateline(rng, home) : undefined
  const city = dateline && dateline.country === home && rng() < 0.75 ? dateline.city : pick(rng, home.cities)

  const date = pickDate(rng)
  const eventDay = (date.getUTCDay() + 7 - (rng() < 0.6 ? 0 : 1)) % 7
  const firstParty = between(rng, 0, PARTIES.length - 1)
  const secondParty = (firstParty + between(rng, 1, PARTIES.length - 1)) % PARTIES.length

  const ctx: Ctx = {
    rng,
    topic,
    cast,
    country: home,
    country2: away,
    city,
    city2: rng() < 0.6 ? (away.cities[0] ?? pick(rng, away.cities)) : pick(rng, away.cities),
    org: pick(rng, topic.orgs),
    intl: pick(rng, topic.intl),
    company: pick(rng, topic.companies),
    parties: [PARTIES[firstParty] ?? 'the Civic Union', PARTIES[secondParty] ?? 'the People’s Front'],
    day: WEEKDAYS[eventDay] ?? 'Monday',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    mentioned: new Set(),
    pending: [],
    used: new Set(),
  }

  const captionSentences = hasCaption
    ? attempt(ctx, () => {
        const first = statement(ctx, topic.captions)
        return ctx.rng() < 0.3 ? [first, statement(ctx, CAPTION_SECOND_TEMPLATES)] : [first]
      })
    : []

  const sentences: string[][] = [attempt(ctx, () => [statement(ctx, topic.ledes, LEDE_TAIL_CHANCE)])]
  const total = paragraphCount(rng)
  while (sentences.length < total) {
    const roll = rng()
    if (roll < 0.12 && total - sentences.length >= 2) sentences.push(...attributedPair(ctx))
    else if (roll < 0.32) sentences.push(quoteParagraph(ctx))
    else if (roll < 0.38) sentences.push(attempt(ctx, () => [statement(ctx, SHORT_TEMPLATES)]))
    else sentences.push(exposition(ctx))
  }
  const locals = addLocalColour(seed, index, ctx, sentences)

  const paragraphs = sentences.map((paragraph) => paragraph.join(' '))
  const caption = captionSentences.length > 0 ? captionSentences.join(' ') : undefined
  const isoDate = date.toISOString().slice(0, 10)
  const opening = `${caption ? `${caption} ` : ''}${dateline ? `${dateline.text}—` : ''}${paragraphs[0] ?? ''}`
  const text = ` date ${isoDate} ${opening}\n\n${paragraphs.slice(1).join('\n\n')}\n`

  return {
    index,
    id: articleId(seed, index),
    topic: topic.name,
    date: isoDate,
    ...(caption ? { caption } : {}),
    ...(dateline ? { dateline: dateline.text } : {}),
    paragraphs,
    sentences,
    people: [cast.P, cast.Q, cast.X]
      .map((person) => ({ name: person.full, at: text.indexOf(person.full) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(({ name }) => name),
    locals,
    text,
  }
}

/** The corpus as file names and contents, one article at a time. */
export function* generateCorpus(seed: number, count: number): Generator<{ name: string; article: GeneratedArticle }> {
  for (let index = 0; index < count; index++) {
    const article = generateArticle(seed, index)
    yield { name: articleFileName(index, article.id, count), article }
  }
}

// ---------------------------------------------------------------------------------------------
// Writing it out

/** The pattern `build-catalog.ts` accepts; `--clean` deletes only files that match it. */
const ARTICLE_FILE = /^(\d+)_([0-9a-f]{16})\.txt$/

export class CorpusError extends Error {
  override name = 'CorpusError'
}

export type CorpusOptions = { count: number; seed: number; out: string; clean?: boolean }
/** `milliseconds` times generating and writing, not the clean-up before. */
export type CorpusReport = { count: number; bytes: number; milliseconds: number; out: string; removed: number }

/** At most this many files are being written while the next articles are generated. */
const WRITES_IN_FLIGHT = 16

/** Settles once the file is written; never rejects, the error goes to `fail`. */
function writeQuietly(path: string, data: Buffer, fail: (error: Error) => void): Promise<void> {
  // The callback API: fs/promises spends several times the CPU per small file on FileHandles.
  return new Promise((done) => {
    writeFile(path, data, (error) => {
      if (error) fail(error)
      done()
    })
  })
}

/** Writes the corpus file by file; memory stays flat whatever the count. */
export async function writeCorpus({ count, seed, out, clean = false }: CorpusOptions): Promise<CorpusReport> {
  const dir = resolve(out)
  mkdirSync(dir, { recursive: true })
  const leftovers = readdirSync(dir).filter((name) => ARTICLE_FILE.test(name))
  if (leftovers.length > 0 && !clean) {
    throw new CorpusError(
      `${dir} already holds ${grouped(leftovers.length)} article files; pass --clean to delete them first, or choose another --out`,
    )
  }
  for (const name of leftovers) unlinkSync(join(dir, name))

  const started = performance.now()
  const ids = new Set<string>()
  // Oldest first; each write settles to undefined and leaves any error in `failure`.
  const writing: Promise<void>[] = []
  let failure: Error | undefined
  const fail = (error: Error) => {
    failure ??= error
  }
  let bytes = 0
  for (const { name, article } of generateCorpus(seed, count)) {
    if (ids.has(article.id)) fail(new CorpusError(`article ${String(article.index)} repeats the id ${article.id}`))
    if (failure) break
    ids.add(article.id)
    const data = Buffer.from(article.text, 'utf8')
    bytes += data.length
    writing.push(writeQuietly(join(dir, name), data, fail))
    if (writing.length >= WRITES_IN_FLIGHT) await writing.shift()
  }
  await Promise.all(writing)
  if (failure) throw failure
  return { count, bytes, milliseconds: performance.now() - started, out: dir, removed: leftovers.length }
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `usage: npx tsx src/scripts/generate-corpus.ts --out DIR [--count N] [--seed S] [--clean]

  --out DIR    where to write the NNN_<16 hex>.txt files (created if missing)
  --count N    how many articles (default 1000)
  --seed S     0..4294967295 (default 1); the same seed gives the same files
  --clean      first delete the article files a previous run left in DIR

Then build the reader over them: ARTICLES_DIR=DIR npm run build`

const MAX_COUNT = 10_000_000

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const digits = value.replace(/_/g, '')
  const number = Number(digits)
  if (!/^\d+$/.test(digits) || number < min || number > max) {
    throw new CorpusError(`${flag} must be a whole number from ${grouped(min)} to ${grouped(max)}, not "${value}"`)
  }
  return number
}

export function parseCommandLine(args: readonly string[]): CorpusOptions | 'help' {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...args],
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        clean: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new CorpusError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) return 'help'
  if (!values.out) throw new CorpusError('--out DIR is required')
  const count = values.count === undefined ? 1000 : wholeNumber('--count', values.count, 1, MAX_COUNT)
  const seed = values.seed === undefined ? 1 : wholeNumber('--seed', values.seed, 0, 0xffff_ffff)
  return { count, seed, out: values.out, clean: values.clean ?? false }
}

async function main(args: readonly string[]): Promise<void> {
  try {
    const options = parseCommandLine(args)
    if (options === 'help') {
      console.log(USAGE)
      return
    }
    const report = await writeCorpus(options)
    if (report.removed > 0) console.log(`Removed ${grouped(report.removed)} article files left in ${report.out} by an earlier run`)
    const seconds = report.milliseconds / 1000
    console.log(`Wrote ${grouped(report.count)} articles (seed ${String(options.seed)}) to ${report.out}`)
    console.log(
      `  ${grouped(report.bytes)} bytes (${(report.bytes / 1_048_576).toFixed(1)} MiB) in ${seconds.toFixed(2)} s, ` +
        `${grouped(Math.round(report.count / Math.max(seconds, 0.001)))} articles/s`,
    )
    console.log(`Build the reader over them: ARTICLES_DIR=${report.out} npm run build`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`generate-corpus: ${message}`)
    if (error instanceof CorpusError) console.error(`\n${USAGE}`)
    process.exitCode = 1
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(fileURLToPath(import.meta.url)) === realpathSync(entry)
  } catch {
    return false
  }
}

if (isEntryPoint()) await main(process.argv.slice(2))
