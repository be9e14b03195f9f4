import type { StakeholderGroup } from '../../../shared/domain';

/**
 * Word lists for generated development data. Names are made up but written the way they are
 * in each country, so that the board, search and documents meet real diacritics (Łódź,
 * Šiauliai, Ærø, Köln, São João, Đakovo, İzmir), Greek and Cyrillic.
 *
 * Templates: {city}, {region}, {country}, {last} (a family name), {trade}, {n} (a number).
 */

export interface SampleCountry {
  country: string;
  weight: number;
  phone: string;
  tld: string;
  /** Whether names can become email addresses without transliteration. */
  latin: boolean;
  places: readonly (readonly [city: string, region: string])[];
  first: readonly string[];
  last: readonly string[];
  trades: readonly string[];
  streets: readonly string[];
  orgs: Partial<Record<StakeholderGroup, readonly string[]>>;
}

// One block per country; kept compact by hand, like a table.
// prettier-ignore
export const sampleCountries: readonly SampleCountry[] = [
  {
    country: 'Poland', weight: 10, phone: '+48', tld: 'pl', latin: true,
    places: [['Łódź', 'Łódzkie'], ['Kraków', 'Małopolskie'], ['Wrocław', 'Dolnośląskie'], ['Gdańsk', 'Pomorskie'], ['Poznań', 'Wielkopolskie'], ['Białystok', 'Podlaskie']],
    first: ['Agnieszka', 'Łukasz', 'Małgorzata', 'Paweł', 'Zofia', 'Wojciech', 'Katarzyna', 'Grzegorz'],
    last: ['Nowak', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Zieliński', 'Dąbrowska', 'Król', 'Łukaszewicz'],
    trades: ['Mechatronika', 'Logistyka', 'Budownictwo', 'Gastronomia', 'Elektrotechnika', 'Meble'],
    streets: ['ul. Piotrkowska', 'ul. Żeromskiego', 'ul. Świętokrzyska'],
    orgs: {
      employer: ['{last} {trade} Sp. z o.o.', 'Zakłady {trade} {city} S.A.', 'PHU {last}'],
      social_partner: ['Izba Rzemieślnicza {city}', 'Regionalna Izba Gospodarcza {city}', 'Cech Rzemiosł Różnych {city}'],
      employment_service: ['Powiatowy Urząd Pracy {city}', 'Wojewódzki Urząd Pracy {region}'],
      education_provider: ['Zespół Szkół Technicznych nr {n} {city}', 'Centrum Kształcenia Zawodowego {city}'],
      public_civil_society: ['Urząd Miasta {city}', 'Fundacja Rozwoju {city}', 'Stowarzyszenie „Razem” {city}'],
    },
  },
  {
    country: 'Lithuania', weight: 5, phone: '+370', tld: 'lt', latin: true,
    places: [['Šiauliai', 'Šiaulių apskritis'], ['Kaunas', 'Kauno apskritis'], ['Vilnius', 'Vilniaus apskritis'], ['Klaipėda', 'Klaipėdos apskritis'], ['Panevėžys', 'Panevėžio apskritis']],
    first: ['Jonas', 'Rūta', 'Žygimantas', 'Eglė', 'Darius', 'Aušra'],
    last: ['Kazlauskas', 'Petrauskaitė', 'Jankauskas', 'Žukauskienė', 'Paulauskas', 'Šimkus'],
    trades: ['Mechanika', 'Logistika', 'Statyba', 'Maistas', 'Elektronika'],
    streets: ['Vilniaus g.', 'Tilžės g.'],
    orgs: {
      employer: ['UAB „{last} {trade}“', 'AB „{city} {trade}“'],
      social_partner: ['{city} prekybos, pramonės ir amatų rūmai'],
      employment_service: ['Užimtumo tarnyba, {city} skyrius'],
      education_provider: ['{city} profesinio rengimo centras', '{city} technologijų mokymo centras'],
      public_civil_society: ['{city} miesto savivaldybė'],
    },
  },
  {
    country: 'Denmark', weight: 4, phone: '+45', tld: 'dk', latin: true,
    places: [['Ærøskøbing', 'Syddanmark'], ['Marstal', 'Syddanmark'], ['Aarhus', 'Midtjylland'], ['Odense', 'Syddanmark'], ['Aalborg', 'Nordjylland'], ['København', 'Hovedstaden']],
    first: ['Søren', 'Mette', 'Jørgen', 'Freja', 'Mads', 'Bjørn', 'Kirsten'],
    last: ['Jørgensen', 'Sørensen', 'Nielsen', 'Møller', 'Østergaard', 'Kjær'],
    trades: ['Maskinfabrik', 'Elektro', 'Byg', 'Skibsværft', 'Køkken'],
    streets: ['Søndergade', 'Vestergade'],
    orgs: {
      employer: ['{last}s {trade} ApS', '{city} {trade} A/S', 'Ærø Energi & Vand'],
      social_partner: ['Dansk Industri {region}', '{city} Erhvervsråd'],
      education_provider: ['Erhvervsskolen {city}', '{city} Tekniske Skole', 'Marstal Navigationsskole'],
      public_civil_society: ['{city} Kommune', 'Ærø Kommune'],
    },
  },
  {
    country: 'Germany', weight: 10, phone: '+49', tld: 'de', latin: true,
    places: [['Köln', 'Nordrhein-Westfalen'], ['München', 'Bayern'], ['Düsseldorf', 'Nordrhein-Westfalen'], ['Nürnberg', 'Bayern'], ['Lübeck', 'Schleswig-Holstein'], ['Görlitz', 'Sachsen']],
    first: ['Jürgen', 'Anke', 'Björn', 'Katrin', 'Maximilian', 'Jörg', 'Ute'],
    last: ['Müller', 'Schäfer', 'Groß', 'Weiß', 'Hoffmann', 'Köhler', 'Strauß'],
    trades: ['Elektrotechnik', 'Metallbau', 'Gastronomie', 'Logistik', 'Kfz-Technik', 'Holzbau'],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schloßstraße'],
    orgs: {
      employer: ['{last} {trade} GmbH', '{trade} {last} & Söhne KG', 'Stadtwerke {city}'],
      social_partner: ['Handwerkskammer {city}', 'IHK {city}', 'Innung {trade} {city}'],
      employment_service: ['Agentur für Arbeit {city}', 'Jobcenter {city}'],
      education_provider: ['Berufskolleg {city}-Süd', 'Berufsbildungszentrum {city}', 'Technische Hochschule {city}'],
      alumni_network: ['Alumni-Netzwerk Berufskolleg {city}'],
      public_civil_society: ['Stadt {city} – Amt für Wirtschaftsförderung', 'Bürgerstiftung {city}'],
      quality_body: ['TÜV Bildungsgesellschaft {city}'],
    },
  },
  {
    country: 'Portugal', weight: 5, phone: '+351', tld: 'pt', latin: true,
    places: [['São João da Madeira', 'Aveiro'], ['Porto', 'Porto'], ['Braga', 'Braga'], ['Guimarães', 'Braga'], ['Évora', 'Alentejo'], ['Setúbal', 'Setúbal']],
    first: ['João', 'Inês', 'Conceição', 'Gonçalo', 'Mário', 'Luísa'],
    last: ['Gonçalves', 'Simões', 'Brandão', 'Araújo', 'Magalhães', 'Conceição'],
    trades: ['Calçado', 'Metalomecânica', 'Têxteis', 'Turismo', 'Cortiça'],
    streets: ['Rua de São Bento', 'Avenida da Liberdade'],
    orgs: {
      employer: ['{trade} {last}, Lda.', '{last} & Filhos, S.A.'],
      social_partner: ['Associação Empresarial de {city}', 'Câmara de Comércio e Indústria de {city}'],
      employment_service: ['IEFP – Centro de Emprego de {city}'],
      education_provider: ['Escola Profissional de {city}', 'Agrupamento de Escolas de {city}'],
      public_civil_society: ['Câmara Municipal de {city}'],
    },
  },
  {
    country: 'Greece', weight: 5, phone: '+30', tld: 'gr', latin: false,
    places: [['Αθήνα', 'Αττική'], ['Θεσσαλονίκη', 'Κεντρική Μακεδονία'], ['Πάτρα', 'Δυτική Ελλάδα'], ['Ηράκλειο', 'Κρήτη'], ['Ιωάννινα', 'Ήπειρος'], ['Βόλος', 'Θεσσαλία']],
    first: ['Γιώργος', 'Μαρία', 'Δημήτρης', 'Ελένη', 'Νίκος', 'Κατερίνα'],
    last: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Αλεξίου', 'Βασιλείου', 'Νικολάου'],
    trades: ['Τουρισμός', 'Ενέργεια', 'Τρόφιμα', 'Ναυτιλία', 'Κατασκευές'],
    streets: ['Οδός Ερμού', 'Λεωφόρος Συγγρού'],
    orgs: {
      employer: ['{last} {trade} Α.Ε.', '{trade} {city} Ο.Ε.'],
      social_partner: ['Επιμελητήριο {city}'],
      employment_service: ['ΔΥΠΑ – Κέντρο Προώθησης Απασχόλησης {city}'],
      education_provider: ['{n}ο ΕΠΑΛ {city}', 'Ινστιτούτο Επαγγελματικής Κατάρτισης {city}'],
      public_civil_society: ['Δήμος {city}'],
    },
  },
  {
    country: 'Bulgaria', weight: 4, phone: '+359', tld: 'bg', latin: false,
    places: [['София', 'София-град'], ['Пловдив', 'Пловдив'], ['Варна', 'Варна'], ['Бургас', 'Бургас'], ['Русе', 'Русе']],
    first: ['Иван', 'Мария', 'Георги', 'Елена', 'Димитър', 'Йорданка'],
    last: ['Иванов', 'Петрова', 'Георгиев', 'Димитрова', 'Стоянов', 'Йорданов'],
    trades: ['Машиностроене', 'Туризъм', 'Логистика', 'Текстил', 'Софтуер'],
    streets: ['бул. „Витоша“', 'ул. „Раковски“'],
    orgs: {
      employer: ['{trade} {last} ЕООД', '{city} {trade} АД'],
      social_partner: ['Търговско-промишлена палата {city}'],
      employment_service: ['Дирекция „Бюро по труда“ {city}'],
      education_provider: ['Професионална гимназия {city}', 'Център за професионално обучение {city}'],
      public_civil_society: ['Община {city}'],
    },
  },
  {
    country: 'Ukraine', weight: 3, phone: '+380', tld: 'ua', latin: false,
    places: [['Київ', 'Київська область'], ['Львів', 'Львівська область'], ['Харків', 'Харківська область'], ['Одеса', 'Одеська область'], ['Дніпро', 'Дніпропетровська область']],
    first: ['Олена', 'Андрій', 'Ірина', 'Юрій', 'Оксана', 'Богдан'],
    last: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук', 'Мельник', 'Ґонта'],
    trades: ['Агро', 'Логістика', 'ІТ-рішення', 'Машинобудування'],
    streets: ['вул. Хрещатик', 'просп. Свободи'],
    orgs: {
      employer: ['ТОВ «{last} {trade}»'],
      social_partner: ['Торгово-промислова палата {city}'],
      education_provider: ['Вище професійне училище {city}', 'Центр професійно-технічної освіти {city}'],
      public_civil_society: ['{city} міська рада'],
    },
  },
  {
    country: 'Croatia', weight: 4, phone: '+385', tld: 'hr', latin: true,
    places: [['Đakovo', 'Osječko-baranjska'], ['Osijek', 'Osječko-baranjska'], ['Zagreb', 'Grad Zagreb'], ['Split', 'Splitsko-dalmatinska'], ['Rijeka', 'Primorsko-goranska'], ['Čakovec', 'Međimurska']],
    first: ['Đurđica', 'Ivan', 'Marija', 'Željko', 'Ana', 'Goran'],
    last: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Đurić'],
    trades: ['Strojarstvo', 'Turizam', 'Drvna industrija', 'Elektrotehnika'],
    streets: ['Ilica', 'Ulica kralja Zvonimira'],
    orgs: {
      employer: ['{last} {trade} d.o.o.'],
      social_partner: ['Obrtnička komora {city}', 'HGK Županijska komora {city}'],
      employment_service: ['Hrvatski zavod za zapošljavanje, Područni ured {city}'],
      education_provider: ['Strukovna škola {city}', 'Tehnička škola {city}'],
      public_civil_society: ['Grad {city}'],
    },
  },
  {
    country: 'Czechia', weight: 5, phone: '+420', tld: 'cz', latin: true,
    places: [['Brno', 'Jihomoravský kraj'], ['Ostrava', 'Moravskoslezský kraj'], ['České Budějovice', 'Jihočeský kraj'], ['Plzeň', 'Plzeňský kraj'], ['Ústí nad Labem', 'Ústecký kraj']],
    first: ['Jiří', 'Petra', 'Tomáš', 'Lenka', 'Růžena', 'Ondřej'],
    last: ['Novák', 'Dvořák', 'Černá', 'Procházka', 'Kučerová', 'Růžička'],
    trades: ['Strojírenství', 'Stavebnictví', 'Gastronomie', 'Elektrotechnika', 'Sklářství'],
    streets: ['Masarykova', 'Náměstí Svobody'],
    orgs: {
      employer: ['{trade} {last} s.r.o.', '{last} a syn, s.r.o.'],
      social_partner: ['Hospodářská komora {city}', 'Krajská hospodářská komora – {region}'],
      employment_service: ['Úřad práce ČR – kontaktní pracoviště {city}'],
      education_provider: ['Střední průmyslová škola {city}', 'Střední odborné učiliště {city}'],
      public_civil_society: ['Statutární město {city}'],
    },
  },
  {
    country: 'Norway', weight: 2, phone: '+47', tld: 'no', latin: true,
    places: [['Tromsø', 'Troms'], ['Bodø', 'Nordland'], ['Ålesund', 'Møre og Romsdal'], ['Bergen', 'Vestland'], ['Stavanger', 'Rogaland']],
    first: ['Øystein', 'Åse', 'Ingrid', 'Bjørn', 'Sigrid', 'Håkon'],
    last: ['Hansen', 'Johansen', 'Løvås', 'Bråten', 'Sæther', 'Økland'],
    trades: ['Fiskeri', 'Havbruk', 'Energi', 'Bygg', 'Maritim'],
    streets: ['Storgata', 'Kongens gate'],
    orgs: {
      employer: ['{last} {trade} AS'],
      social_partner: ['Næringsforeningen i {city}'],
      employment_service: ['NAV {city}'],
      education_provider: ['{city} videregående skole', 'Fagskolen i {city}'],
      public_civil_society: ['{city} kommune'],
    },
  },
  {
    country: 'Iceland', weight: 1, phone: '+354', tld: 'is', latin: true,
    places: [['Reykjavík', 'Höfuðborgarsvæðið'], ['Akureyri', 'Norðurland eystra'], ['Þorlákshöfn', 'Suðurland'], ['Ísafjörður', 'Vestfirðir'], ['Egilsstaðir', 'Austurland']],
    first: ['Guðrún', 'Þórður', 'Sigríður', 'Jón', 'Ásdís', 'Þorsteinn'],
    last: ['Jónsdóttir', 'Þórðarson', 'Guðmundsson', 'Sigurðardóttir', 'Ólafsson'],
    trades: ['Sjávarútvegur', 'Ferðaþjónusta', 'Orka', 'Tækni'],
    streets: ['Laugavegur', 'Hafnarstræti'],
    orgs: {
      employer: ['{trade} {last} ehf.'],
      social_partner: ['Samtök iðnaðarins'],
      education_provider: ['Tækniskólinn {city}', 'Verkmenntaskólinn {city}'],
      public_civil_society: ['Sveitarfélagið {city}'],
    },
  },
  {
    country: 'Türkiye', weight: 5, phone: '+90', tld: 'tr', latin: true,
    places: [['İzmir', 'İzmir'], ['İstanbul', 'İstanbul'], ['Iğdır', 'Iğdır'], ['Eskişehir', 'Eskişehir'], ['Gaziantep', 'Gaziantep']],
    first: ['Ayşe', 'Mehmet', 'Işıl', 'Gökhan', 'Şule', 'Çağrı'],
    last: ['Yılmaz', 'Kaya', 'Öztürk', 'Şahin', 'Çelik', 'Doğan'],
    trades: ['Tekstil', 'Otomotiv', 'Gıda', 'Lojistik', 'Mobilya'],
    streets: ['Atatürk Caddesi', 'Cumhuriyet Bulvarı'],
    orgs: {
      employer: ['{last} {trade} A.Ş.', '{city} {trade} Ltd. Şti.'],
      social_partner: ['{city} Ticaret ve Sanayi Odası'],
      employment_service: ['İŞKUR {city} Çalışma ve İş Kurumu'],
      education_provider: ['{city} Mesleki ve Teknik Anadolu Lisesi'],
      public_civil_society: ['{city} Belediyesi'],
    },
  },
  {
    country: 'Hungary', weight: 4, phone: '+36', tld: 'hu', latin: true,
    places: [['Győr', 'Győr-Moson-Sopron'], ['Pécs', 'Baranya'], ['Debrecen', 'Hajdú-Bihar'], ['Székesfehérvár', 'Fejér'], ['Kecskemét', 'Bács-Kiskun']],
    first: ['Zoltán', 'Ágnes', 'Gábor', 'Erzsébet', 'Péter', 'Csilla'],
    last: ['Nagy', 'Kovács', 'Szőke', 'Tóth', 'Horváth', 'Fülöp'],
    trades: ['Járműipar', 'Gépgyártás', 'Vendéglátás', 'Logisztika'],
    streets: ['Fő utca', 'Kossuth Lajos utca'],
    orgs: {
      employer: ['{last} {trade} Kft.'],
      social_partner: ['{city} Kereskedelmi és Iparkamara'],
      employment_service: ['{region} Vármegyei Kormányhivatal, Foglalkoztatási Főosztály'],
      education_provider: ['{city} Szakképzési Centrum'],
      public_civil_society: ['{city} Megyei Jogú Város Önkormányzata'],
    },
  },
  {
    country: 'Romania', weight: 4, phone: '+40', tld: 'ro', latin: true,
    places: [['Timișoara', 'Timiș'], ['Iași', 'Iași'], ['Brașov', 'Brașov'], ['Cluj-Napoca', 'Cluj'], ['Constanța', 'Constanța']],
    first: ['Ioana', 'Răzvan', 'Ștefan', 'Mădălina', 'Andrei', 'Cătălina'],
    last: ['Popescu', 'Ionescu', 'Stănescu', 'Dumitrescu', 'Țurcanu', 'Munteanu'],
    trades: ['Construcții', 'Industria Alimentară', 'Software', 'Turism'],
    streets: ['Strada Republicii', 'Bulevardul Revoluției'],
    orgs: {
      employer: ['{trade} {last} S.R.L.'],
      social_partner: ['Camera de Comerț și Industrie {city}'],
      employment_service: ['AJOFM {region}'],
      education_provider: ['Colegiul Tehnic {city}', 'Liceul Tehnologic Nr. {n} {city}'],
      public_civil_society: ['Primăria Municipiului {city}'],
    },
  },
  {
    country: 'Austria', weight: 5, phone: '+43', tld: 'at', latin: true,
    places: [['Graz', 'Steiermark'], ['Linz', 'Oberösterreich'], ['Innsbruck', 'Tirol'], ['Klagenfurt', 'Kärnten'], ['Wien', 'Wien']],
    first: ['Lukas', 'Anna', 'Jürgen', 'Theresa', 'Günther', 'Lisa'],
    last: ['Gruber', 'Huber', 'Pöschl', 'Bauer', 'Wagner', 'Größing'],
    trades: ['Tischlerei', 'Elektrotechnik', 'Tourismus', 'Metalltechnik'],
    streets: ['Herrengasse', 'Mariahilfer Straße'],
    orgs: {
      employer: ['{trade} {last} GmbH'],
      social_partner: ['Wirtschaftskammer {region}', 'Arbeiterkammer {region}'],
      employment_service: ['AMS {city}'],
      education_provider: ['Berufsschule {city}', 'HTL {city}'],
      public_civil_society: ['Stadt {city}'],
    },
  },
  {
    country: 'France', weight: 5, phone: '+33', tld: 'fr', latin: true,
    places: [['Besançon', 'Bourgogne-Franche-Comté'], ['Orléans', 'Centre-Val de Loire'], ['Nîmes', 'Occitanie'], ['Saint-Étienne', 'Auvergne-Rhône-Alpes'], ['Angoulême', 'Nouvelle-Aquitaine']],
    first: ['Hélène', 'François', 'Zoé', 'Jérôme', 'Léa', 'Noël'],
    last: ['Lefèvre', 'Moreau', 'Bérenger', 'Girard', 'Fontaine', 'Caron'],
    trades: ['Mécanique', 'Hôtellerie', 'Bâtiment', 'Aéronautique'],
    streets: ['rue de la République', 'place Jean-Jaurès'],
    orgs: {
      employer: ['{trade} {last} SARL', '{last} Industries SAS'],
      social_partner: ["Chambre de métiers et de l'artisanat de {city}", 'CCI {city}'],
      employment_service: ['France Travail {city}'],
      education_provider: ['Lycée professionnel Jean-Jaurès de {city}', 'CFA {city}'],
      public_civil_society: ['Mairie de {city}', 'Région {region}'],
    },
  },
  {
    country: 'Spain', weight: 5, phone: '+34', tld: 'es', latin: true,
    places: [['A Coruña', 'Galicia'], ['Cádiz', 'Andalucía'], ['Málaga', 'Andalucía'], ['Logroño', 'La Rioja'], ['León', 'Castilla y León']],
    first: ['José', 'María', 'Íñigo', 'Begoña', 'Nuria', 'Álvaro'],
    last: ['García', 'Núñez', 'Fernández', 'Muñoz', 'Peña', 'Ibáñez'],
    trades: ['Hostelería', 'Energías Renovables', 'Automoción', 'Logística'],
    streets: ['Calle Mayor', 'Avenida de la Constitución'],
    orgs: {
      employer: ['{trade} {last} S.L.'],
      social_partner: ['Cámara de Comercio de {city}', 'Confederación de Empresarios de {region}'],
      employment_service: ['Servicio Público de Empleo – Oficina de {city}'],
      education_provider: ['CIFP {city}', 'IES Politécnico de {city}'],
      public_civil_society: ['Ayuntamiento de {city}'],
    },
  },
];

/** For stakeholder groups a country has no local names for. */
export const fallbackOrgs: Record<StakeholderGroup, readonly string[]> = {
  employer: ['{last} {trade}'],
  social_partner: ['{region} Chamber of Commerce'],
  employment_service: ['Public Employment Service {city}'],
  education_provider: ['{city} Vocational College'],
  alumni_network: ['{city} VET Alumni Network', 'Graduates of {city} Technical College'],
  public_civil_society: ['{city} Regional Development Agency', '{city} Youth Inclusion NGO'],
  quality_body: ['{country} Agency for Quality in VET', 'EQAVET Reference Point {country}'],
  international_network: [
    'Erasmus+ National Agency {country}',
    'WorldSkills {country}',
    'EfVET members in {country}',
  ],
  other: ['{city} Makerspace', 'Innovation Hub {city}'],
};
