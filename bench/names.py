"""Word lists for the bench data: people, businesses, streets and places (US-flavoured, deliberately mixed).

Common and uncommon names are mixed so that a misspelt search term has near neighbours (Smith/Smyth,
Johnson/Jonson, Katherine/Catherine) as it would in a real customer list.
"""

from __future__ import annotations

FIRST_NAMES: tuple[str, ...] = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
    "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
    "Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
    "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle",
    "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie",
    "Ronald", "Rebecca", "Jason", "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia", "Ryan", "Dorothy",
    "Jacob", "Amy", "Gary", "Kathleen", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Emma",
    "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Nicole", "Scott", "Anna", "Brandon", "Samantha",
    "Benjamin", "Katherine", "Samuel", "Christine", "Gregory", "Debra", "Alexander", "Rachel", "Patrick",
    "Carolyn", "Frank", "Janet", "Raymond", "Maria", "Jack", "Olivia", "Dennis", "Heather", "Jerry", "Helen",
    "Tyler", "Catherine", "Aaron", "Diane", "Jose", "Julie", "Adam", "Victoria", "Nathan", "Joyce", "Henry",
    "Lauren", "Zachary", "Kelly", "Douglas", "Christina", "Peter", "Ruth", "Kyle", "Joan", "Noah", "Virginia",
    "Ethan", "Judith", "Jeremy", "Evelyn", "Christian", "Hannah", "Walter", "Andrea", "Keith", "Megan",
    "Austin", "Cheryl", "Roger", "Jacqueline", "Terry", "Madison", "Sean", "Teresa", "Gerald", "Abigail",
    "Carl", "Sophia", "Dylan", "Martha", "Harold", "Sara", "Jordan", "Gloria", "Jesse", "Janice", "Bryan",
    "Kathryn", "Lawrence", "Ann", "Arthur", "Isabella", "Gabriel", "Judy", "Bruce", "Charlotte", "Logan",
    "Julia", "Billy", "Grace", "Joe", "Amber", "Alan", "Alice", "Juan", "Jean", "Elijah", "Denise", "Willie",
    "Frances", "Albert", "Danielle", "Wayne", "Marilyn", "Randy", "Natalie", "Mason", "Beverly", "Vincent",
    "Diana", "Liam", "Brittany", "Roy", "Theresa", "Bobby", "Kayla", "Caleb", "Alexis", "Bradley", "Doris",
    "Russell", "Lori", "Lucas", "Tiffany", "Mohammed", "Priya", "Wei", "Mei", "Hiroshi", "Yuki", "Carlos",
    "Sofia", "Luis", "Camila", "Diego", "Valentina", "Aisha", "Fatima", "Omar", "Leila", "Dmitri", "Anya",
    "Siobhan", "Declan", "Aoife", "Kwame", "Ngozi", "Thi", "Minh", "Raj", "Anjali", "Jonh", "Kathy", "Jim",
    "Bob", "Liz", "Tom", "Chris", "Alex", "Sam", "Pat", "Nick", "Mike", "Dave", "Steve", "Jen", "Becky",
)

LAST_NAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez",
    "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart",
    "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson",
    "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks",
    "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo",
    "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell",
    "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez",
    "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin",
    "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina",
    "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez",
    "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb",
    "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez",
    "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner",
    "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice",
    "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner",
    "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen",
    "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong",
    "Hudson", "Carroll", "Lane", "Riley", "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins",
    "Hoffman", "Johnston", "Matthews", "Pena", "Richards", "Contreras", "Willis", "Carpenter", "Lawrence",
    "Sandoval", "O'Brien", "O'Connor", "McCarthy", "MacKenzie", "Van der Berg", "De la Cruz", "St. James",
    "Smyth", "Jonson", "Thomson", "Petersen", "Schmitt", "Meier", "Kowalski", "Nowak", "Novak", "Yamamoto",
    "Tanaka", "Nakamura", "Wang", "Zhang", "Liu", "Singh", "Kumar", "Sharma", "Okafor", "Mensah", "Haddad",
    "Khoury", "Ivanov", "Petrov", "Rossi", "Russo", "Esposito", "Bianchi", "Dubois", "Lefebvre", "Murphy-Hale",
    "Whitfield", "Ashworth", "Pemberton", "Fairbanks", "Holloway", "Lindqvist", "Gallagher", "Donnelly",
)

# Business display names: "<stem> <trade>" or "<Last> <trade>", billed with a legal suffix.
BUSINESS_STEMS: tuple[str, ...] = (
    "Bright", "Blue Ridge", "Summit", "Harbor", "Oak Hill", "Riverside", "Maple", "Lakeside", "Pinecrest",
    "Golden Gate", "Silver Lake", "Redwood", "Cedar", "Northstar", "Sunrise", "Evergreen", "Crescent",
    "Highland", "Meadowbrook", "Stonebridge", "Willow Creek", "Coastal", "Prairie", "Granite", "Liberty",
    "Heritage", "Pioneer", "Keystone", "Magnolia", "Brookside", "Hillcrest", "Bayview", "Fairview",
    "Westgate", "Eastside", "Parkway", "Union", "Metro", "Capital", "Premier", "Elite", "Apex", "Vista",
    "Atlas", "Beacon", "Cornerstone", "Horizon", "Legacy", "Sterling", "Trinity",
)

BUSINESS_TRADES: tuple[str, ...] = (
    "Dental", "Dental Group", "Family Dentistry", "Pediatrics", "Veterinary Clinic", "Animal Hospital",
    "Law Office", "Legal Group", "Accounting", "CPA Group", "Insurance Agency", "Realty", "Real Estate",
    "Fitness", "Yoga Studio", "CrossFit", "Bakery", "Cafe", "Coffee Roasters", "Bistro", "Pizzeria",
    "Brewing Co.", "Auto Repair", "Motors", "Hardware", "Florist", "Salon", "Barbershop", "Day Spa",
    "Montessori School", "Learning Center", "Daycare", "Church", "Chiropractic", "Physical Therapy",
    "Medical Center", "Urgent Care", "Optometry", "Architects", "Design Studio", "Printing", "Logistics",
    "Storage", "Self Storage", "Hotel", "Inn", "Bed & Breakfast", "Country Club", "Golf Club", "Marina",
)

# "& Sons" style suffixes go on surnames ("Kowalski & Sons"); legal suffixes go on billing names.
FAMILY_FIRM_SUFFIXES: tuple[str, ...] = ("& Sons", "& Daughters", "& Co.", "Brothers", "Family Holdings")
LEGAL_SUFFIXES: tuple[str, ...] = ("LLC", "LLC", "LLC", "Inc.", "Inc.", "Corp.", "Co.", "Ltd.", "LLP", "PLLC")

PROPERTY_MANAGERS: tuple[tuple[str, str], ...] = (
    ("Harborview Property Management", "Harborview Property Management, LLC"),
    ("Keystone Realty Partners", "Keystone Realty Partners Inc."),
    ("Summit Residential Management", "Summit Residential Management Group, LLC"),
    ("Oakwood Apartment Communities", "Oakwood Communities Holdings Inc."),
)

COMPLEX_NAMES: tuple[str, ...] = (
    "Oakwood Apartments", "Riverside Lofts", "Maple Court", "The Willows", "Harbor Point", "Cedar Terrace",
    "Parkview Townhomes", "Lakeshore Condos", "Sunset Villas", "Pine Ridge", "Magnolia Gardens",
    "Stonegate", "Brookhaven", "Hillside Flats", "Bayfront Residences", "Meadow Glen",
)

STREET_NAMES: tuple[str, ...] = (
    "Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut", "Spring",
    "North", "Ridge", "Church", "Willow", "Mill", "Sunset", "Railroad", "Jefferson", "Lincoln", "Jackson",
    "Highland", "Cherry", "Madison", "Franklin", "Chestnut", "River", "Meadow", "Forest", "Dogwood",
    "Magnolia", "Hickory", "Birch", "Sycamore", "Laurel", "Bayview", "Harbor", "Orchard", "Valley",
    "Prospect", "Center", "Broad", "Market", "Union", "Water", "High", "Front", "Poplar", "Adams",
)
STREET_SUFFIXES: tuple[str, ...] = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Ter")

# (city, region, ZIP prefix, area codes)
CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Brooklyn", "NY", "112", ("718", "347", "929")),
    ("Queens", "NY", "113", ("718", "347")),
    ("Hoboken", "NJ", "070", ("201", "551")),
    ("Jersey City", "NJ", "073", ("201", "551")),
    ("Stamford", "CT", "069", ("203", "475")),
    ("Boston", "MA", "021", ("617", "857")),
    ("Cambridge", "MA", "021", ("617", "857")),
    ("Philadelphia", "PA", "191", ("215", "267", "445")),
    ("Baltimore", "MD", "212", ("410", "443")),
    ("Arlington", "VA", "222", ("703", "571")),
    ("Charlotte", "NC", "282", ("704", "980")),
    ("Atlanta", "GA", "303", ("404", "470", "678")),
    ("Orlando", "FL", "328", ("407", "689")),
    ("Tampa", "FL", "336", ("813", "656")),
    ("Miami", "FL", "331", ("305", "786")),
    ("Fort Lauderdale", "FL", "333", ("954", "754")),
    ("Naples", "FL", "341", ("239",)),
    ("Austin", "TX", "787", ("512", "737")),
    ("Dallas", "TX", "752", ("214", "469", "972")),
    ("Houston", "TX", "770", ("713", "281", "832")),
    ("Scottsdale", "AZ", "852", ("480",)),
    ("Denver", "CO", "802", ("303", "720")),
    ("San Diego", "CA", "921", ("619", "858")),
    ("Pasadena", "CA", "911", ("626",)),
    ("Oakland", "CA", "946", ("510", "341")),
    ("Portland", "OR", "972", ("503", "971")),
    ("Seattle", "WA", "981", ("206", "564")),
    ("Chicago", "IL", "606", ("312", "773", "872")),
    ("Evanston", "IL", "602", ("847", "224")),
    ("Minneapolis", "MN", "554", ("612",)),
)

EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
    "comcast.net", "proton.me", "me.com", "verizon.net",
)

CUSTOMER_NOTES: tuple[str, ...] = (
    "Prefers morning visits.", "Pays by check; mail invoices.", "Dog on premises, friendly.",
    "Use the side entrance.", "Eco-friendly products only.", "Do not move items on the desk.",
    "Call 30 minutes before arrival.", "Key in the lockbox, code changes monthly.",
    "Allergic to strong fragrances.", "Gate code at the office.",
)

ACCESS_NOTES: tuple[str, ...] = (
    "Lockbox on the back door.", "Ring the bell, owner works from home.", "Gate code 4821#.",
    "Key with the doorman.", "Park in the visitor spot.", "Alarm code in the portal notes.",
    "Enter through the garage.", "Front desk will let you in.", "Cat stays inside, close doors.",
)
