package actor

import "strings"

// The word lists below drive name finding outside the knowledge base.
// Keys are normalised (upper case, see norm).

// set builds a lookup set from space-separated words, normalised.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[norm(strings.ReplaceAll(w, "_", " "))] = true
	}
	return m
}

// orgHeads end (or open) organization names.
var orgHeads = set(`Council Councils Ministry Ministries Department Corps Force Forces Party Movement
Brigade Brigades Battalion Battalions Regiment Division Agency Company Corporation Corp Inc Ltd LLC Group
Alliance Front Army Committee Commission Initiative University Institute Institution Foundation
Association Organization Organisation Union League Bank Fund Authority Assembly Parliament Congress
Senate Court Tribunal Office Bureau Service Services Guard Guards Police Navy Airlines Coalition
Command Centre Center Network Society Federation Confederation Cabinet Administration
Committees Mobilization Mobilisation Unit Units Militia Militias Media Agency News Times Post Journal
Insider Monitor Herald Tribune Gazette Telegraph Chronicle Magazine Dispatch Courier Examiner Sentinel Bulletin
Independent TV Channel
Broadcasting Television Radio Press Club Council Directorate Commissariat Secretariat Consortium
Holdings Industries Energies Petroleum Oil Gas Airways Partners Trust Board Caucus Bloc Coalition
Jihad Hezbollah Hizballah Kataib Brotherhood Taliban Mission Programme Program Academy College School
Hospital Embassy Consulate Legion Squadron Wing Component Battery Fleet Watch Studios Pictures
Entertainment Technologies Systems Motors Labs Laboratories Records Publishing Holdings Observatory Intelligence Cooperation
Shipping Logistics Trading Mining Minerals Construction Telecom Telecommunications Pharmaceuticals Investments
Ventures Aerospace Electronics Semiconductor Steel Chemicals Insurance Refinery Refineries
Productions Management Associates Advisors Advisers Securities`)

// orgOpeners start organization names ("Ministry of Defence",
// "Kata'ib ...", "Harakat ...").
var orgOpeners = set(`Ministry Department Office Council Bureau Organization Organisation Committee
Commission Union League Bank Court University Institute Agency Army Party Movement Front Kataib Harakat
Saraya Asaib Jaish Jabhat Hayat Hayat Tahrir Ansar Liwa Fatah Hizb Hezb Harakat Islamic Popular
Supreme Federal Central National United Joint Combined Revolutionary Radio Television`)

// locHeads end place names.
var locHeads = set(`Province Provinces Governorate City Town Village District Region Valley River Mountains
Mountain Mount Sea Gulf Strait Straits Island Islands Desert Peninsula Plain Plateau Lake Dam Bridge Border
Crossing Airport Port Harbour Harbor Square Street Road Highway Camp Base Airbase Oblast Prefecture
State County Coast Bay Basin Canal Ocean Hills Heights Oasis Refinery Field Fields Airfield Territory
Territories Republic Kingdom Emirate Emirates Sultanate Strip Bank Gate Palace Mosque Shrine Museum
Stadium Hospital Prison Checkpoint Neighborhood Neighbourhood Quarter Suburbs Park Plaza`)

// titleWords precede people's names and are not part of them.
var titleWords = set(`President Presidents Vice Prime Minister Ministers Secretary Gen General Lt Lieutenant
Col Colonel Maj Major Adm Admiral Brig Brigadier Capt Captain Sgt Sergeant Cpl Marshal Commander Cmdr
Ayatollah Grand Sheikh Shaikh Sheik Sayyid Sayed Sayyed Seyed Imam Mullah Hojatoleslam King Queen Prince
Princess Emir Amir Sultan Mr Mrs Ms Dr Prof Professor Sen Senator Rep Representative Gov Governor
Mayor Ambassador Envoy Chief Speaker Deputy Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson
Director Judge Pope Cardinal Rev Reverend Bishop Patriarch Leader Premier Chancellor Counselor Adviser Advisor
Colonel-General Lieutenant-General Major-General Chief-of-Staff
Commander-in-Chief President-elect Lord Lady Sir Dame Pres Secy Chairperson Head Minister-President
Representative Delegate Professor Warlord Commodore Officer Spc Pfc Spec Airman Executive CEO
Private Corporal Ensign Regent Caliph Emeritus Premier Legislator Lawmaker MP Congressman Congresswoman`)

// roleNouns in an apposition after a name show a person: "Amina
// Kovacs, a Sudanese analyst", "Okafor, the group's founder".
var roleNouns = set(`analyst researcher scholar academic expert economist journalist reporter correspondent
editor writer author columnist commentator activist lawyer attorney diplomat official officer commander
leader founder chairman chairwoman spokesman spokeswoman spokesperson director head chief member fellow
professor lecturer student resident witness survivor farmer doctor physician nurse engineer teacher cleric
preacher imam priest politician legislator lawmaker candidate businessman businesswoman entrepreneur
soldier fighter militant veteran negotiator mediator envoy adviser advisor consultant strategist historian
son daughter wife husband brother sister father mother widow nephew niece cousin uncle aunt
agent employee guard worker manager strategist trader banker investor`)

// titleLinkers may join title words ("Minister of Foreign Affairs").
var titleDomain = set(`Air Field Crown Petty of for the Former Acting Interim Special Senior Top Supreme Army Navy Foreign Affairs State Defense Defence Interior Finance Oil Energy Justice
Health Education Treasury Homeland Security National Economy Trade Commerce Public Works Planning Culture
Transport Agriculture Water Electricity Labor Labour Intelligence Staff Joint Chiefs General Armed Forces
Council Central Command Operations Information Communications Environment Tourism Youth Sports Industry
Mines Petroleum Prosecution Prosecutions Awqaf Endowments Displacement Migration Human Rights Women Reconstruction Development
Investment International Cooperation Relations Parliament House Representatives Assembly Senate the`)

// locCues are prepositions after which an unknown capitalised name is
// more likely a place.
var locCues = set(`in from to near into across outside inside toward towards at through around via
between within throughout beyond`)

// weakCues introduce places, but also companies and people ("from
// Nissan", "to Trump").
var weakCues = set(`from to at via toward towards through between`)

// stopCaps are common words that open sentences or headings in
// capitals; alone they are never names.
var stopCaps = set(`A An The This That These Those There Their They Them Then Than Thus Though Throughout
It Its He His Him She Her Hers We Our Us You Your I Me My Mine Who Whom Whose What When Where Why How
Which While Whether If In On At Of For From To By With Without Within Into Onto Over Under About Above
Below After Before Since Until During Despite Although Because As And But Or Nor So Yet Also Even Still
However Moreover Meanwhile Furthermore Nevertheless Nonetheless Instead Indeed Perhaps Rather Otherwise
Therefore Hence Accordingly Consequently Additionally Finally First Second Third Last Next Both Either
Neither Each Every Some Any Many Much More Most Few Several All Such Other Another Same No Not Only Just
Yet Here Now Today Tomorrow Yesterday Tonight Recently Currently Previously Earlier Later Soon Once Again
Already Always Never Often Sometimes Usually Though Unlike Like Given Amid Among Amongst Against Along
Beside Besides Upon Per Via Let Do Does Did Done Is Are Was Were Be Been Being Has Have Had Having Will
Would Shall Should May Might Must Can Could Ought Mr Mrs Ms Dr Sir Madam Yes No Oh Well Please Thanks
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn
Winter Although Whereas Overall Regardless Following According Speaking Asked Said Says Added Noted
Given Having Being Looking Taking Making Going Getting Seeing Writing Reading Under Above Beyond Toward
Towards Where Photo Image Video Source Sources Read Watch Listen Share Subscribe Sign Related Editor
Note Update Updated Breaking Analysis Opinion Comment Comments Reporting Additional Writing Advertisement
Officials Official Security Government Military Forces Troops Police Army Minister Ministers President
Leaders Leader Experts Analysts Critics Residents Witnesses People Many Most Two Three Four Five Six Seven
Eight Nine Ten One Hundreds Thousands Dozens Millions Billions Western Eastern Northern Southern Central
North South East West Northeast Northwest Southeast Southwest Islamic Arab Muslim Christian Jewish Sunni
Shia Shiite Kurdish Turkish Persian Democrats Republicans Democrat Republican Regional International
Global Local National Federal State Public Private Foreign Domestic Civil Human Rights Political
Economic Social Strategic Diplomatic Nuclear Energy Oil Gas Trade War Peace Talks Deal Ceasefire
Sanctions Attack Attacks Strike Strikes Operation Operations Conflict Crisis Campaign Election Elections
New Old Big Small Great Good Bad High Low Long Short Full Early Late Major Minor Key Top Senior Former
Current Future Past Recent Certain Clear Important Possible Likely Unlikely True False Real Whatever
Whoever Wherever Whenever However Hopefully Unfortunately Fortunately Interestingly Importantly
Notably Specifically Generally Similarly Likewise Ultimately Eventually Initially Originally Apparently
Clearly Obviously Certainly Surely Probably Possibly Reportedly Allegedly Officially Unofficially
Altogether Together Alone Away Back Down Up Out Off On In Inside Outside Across Around Behind Beneath
Between Beyond Near Through Throughout Toward Upon Within Without Section Chapter Part Page Figure Table
Map Chart Graph Box Appendix Introduction Conclusion Summary Background Overview Abstract References
Notes Acknowledgements Contents Index Glossary Bibliography Sources Author Authors Contributors Staff
Team Members Member Citizens Civilians Soldiers Fighters Militants Rebels Insurgents Terrorists Gunmen
Protesters Demonstrators Voters Students Workers Farmers Refugees Migrants Children Women Men Families
Victims Prisoners Detainees Hostages Journalists Reporters Activists Lawmakers Legislators Diplomats
Ambassadors Envoys Negotiators Mediators Observers Monitors Inspectors Investigators Prosecutors
Judges Lawyers Doctors Nurses Teachers Engineers Scientists Researchers Scholars Clerics Priests
Imams Monks Nuns Tribes Tribal Clans Villagers Locals Supporters Opponents Allies Enemies Partners
Rivals Neighbors Neighbours Friends Foes Hardliners Moderates Reformists Conservatives Liberals
Radicals Extremists Jihadists Islamists Nationalists Separatists Loyalists Royalists Militias
Militia Coalition Parliament Congress Cabinet Council Court Ministry Department Agency Office Bureau
Airmen Airman Fighting Total Totals Shell Officer Officers Agent Agents Analyst Area Areas Affairs Policy Program Programme Fellow Fellows`)

// givenNames are common first names across regions; a capitalised run
// that opens with one is a person.
var givenNames = set(`Ben Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Abdul Abdullah Abdallah
Omar Umar Khalid Khaled Ibrahim Ismail Yusuf Youssef Mustafa Mahmoud Mahmud Hamid Hamed Saeed Said Saad
Salman Faisal Fahd Sultan Tariq Karim Nasser Nasir Jamal Kamal Adel Adil Amir Ammar Haider Haidar Hadi
Jafar Jaafar Mahdi Mehdi Reza Hossein Javad Mohsen Hassan Qassem Qasem Abbas Majid Masoud Massoud Nouri
Nuri Fuad Fouad Haidar Iyad Ayad Falih Faleh Qais Hadi Hamza Bilal Zaid Zayed Tamim Mansour Mansur
Ayman Osama Usama Abu Umm Bashar Hafez Maher Rami Rifaat Walid Ziad Nabil Nabih Michel Samir Salim
Saleh Salah Ayatollah Sheikh Recep Ahmet Mehmet Mevlut Hakan Kemal Binali Abdel Abdelaziz Abdelmadjid
Moussa Musa Mamadou Amadou Ibrahima Ousmane Oumar Assimi Abdourahamane Mahamat Idriss Yoweri Paul Paulo
Joao Jose Luis Juan Carlos Miguel Pedro Antonio Manuel Francisco Javier Diego Andres Gustavo Nicolas
Emmanuel Francois Jean Pierre Jacques Michel Marine Olaf Angela Friedrich Boris Vladimir Sergei Sergey
Dmitry Dmitri Alexei Alexander Aleksandr Mikhail Nikolai Viktor Volodymyr Petro Yulia Oleksandr Andriy
Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Lai Tsai Ma Ko Han Kim Moon Yoon Lee Park Shinzo Fumio
Narendra Rahul Imran Nawaz Shehbaz Asif Benjamin Yair Naftali Isaac Yitzhak Ehud Avigdor Gideon Yoav
Itamar Bezalel Ismail Yahya Khalil Marwan Mahmoud Joe Joseph John James Robert Michael William David
Richard Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Steve Paul Andrew Kenneth
Joshua Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
Stephen Larry Justin Scott Brandon Frank Gregory Raymond Samuel Patrick Alexander Jack Dennis Jerry
Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald
Ethan Arthur Terry Christian Sean Lawrence Austin Noah Jesse Albert Bryan Billy Bruce Willie Jordan
Dylan Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny
Bradley Mike Marco Pete Lloyd Tulsi Kash Rex Hillary Kamala Nancy Mary Patricia Jennifer Linda
Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna
Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela
Shirley Anna Ruth Brenda Pamela Nicole Katherine Samantha Christine Catherine Virginia Debra Rachel
Janet Emma Carolyn Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan Evelyn Lauren Judith
Olivia Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria Teresa Doris Sara
Janice Julia Marie Madison Grace Judy Theresa Beverly Denise Marilyn Amber Danielle Abigail Brittany
Rose Diana Natalie Sophia Alexis Lori Kayla Jane Antonio Ursula Kaja Josep Federica Annalena Kaja
Rishi Keir Liz Theresa Tony Gordon Jeremy Ed Nigel Kemi Yvette Jens Mark Antonio Volker Filippo Tedros
Abiy Isaias Salva Riek Yoweri Uhuru William Cyril Jacob Thabo Bola Muhammadu Goodluck Olusegun Paul
Felix Denis Faustin Joseph Alassane Macky Bassirou Ousmane Abdoulaye Blaise Ibrahim Mohamed Hemedti
Abdel-Fattah Abdalla Hamdan Malik Minni Abdelaziz Hamdok Omer Ahmed Ali Haftar Khalifa Fayez Abdul-Hamid
Aguila Saif Moammar Muammar Zine Kais Beji Abdelmadjid Abdelaziz Mohammed Aziz Nayib Gustavo Javier
Claudia Andres Lula Jair Dilma Luiz Inacio Gabriel Nicolas Hugo Daniel Evo Rafael Alberto Mauricio
Amal Amina Aisha Aicha Fatima Fatma Zainab Zeinab Leila Layla Laila Nour Noor Yasmin Yasmine Mariam Maryam
Hana Huda Rania Reem Salma Samira Lina Dalia Nadia Rasha Souad Hoda Asma Iman Khadija Halima Hawa Mona
Zahra Parisa Shirin Maryam Narges Nasrin Farhad Dariush Kourosh Bahram Babak Arash Hamid Mehdi Saeed
Ebrahim Esmail Gholam Mojtaba Abolfazl Masoumeh Kwame Kofi Kwesi Yaw Ama Akua Abena Chinua Ngozi Chidi
Emeka Oluwaseun Olu Tunde Folake Adebayo Amani Wanjiru Wangari Jomo Raila Tendai Tafadzwa Thandiwe
Nkosazana Sipho Themba Aliko Aminu Bukola Fatou Awa Aminata Mariama Seydou Boubacar Souleymane Moctar
Hiroshi Takeshi Yuki Yoshihide Shigeru Taro Kenji Wei Jun Min Ying Jing Hui Xiaoping Jinping Qiang
Arjun Priya Sanjay Amit Rajesh Sunil Anil Vijay Deepak Pooja Sonia Indira Shehbaz Bilawal Maryam
Nguyen Thanh Minh Tuan Prabowo Joko Anwar Mahathir Ferdinand Rodrigo Sara Hun Prayut Min Aung
Olena Oksana Natalia Iryna Tetiana Svetlana Olga Tatiana Elena Irina Anastasia Ekaterina Yevgeny
Yevgeniy Andrei Andriy Valery Valeriy Kirill Oleg Ramzan Arkady Dmytro Mykola Vitali Vitaliy
Giorgia Sergio Matteo Mario Olaf Friedrich Ursula Emmanuel Edouard Gabriel Pedro Pablo Mette Magdalena
Ulf Jonas Sanna Alexander Viktor Recep Hakan Ibrahim Nechirvan Masrour Masoud Barham Bafel Lahur`)

// leadWords are stripped from the start of a capitalised run ("The",
// "In", "But"): sentence openers, not parts of names.
var leadWords = set(`A An The This That These Those There Their They Them It Its He His Him She Her We Our
Us You Your I Me My Who Whom Whose What When Where Why How Which While Whether If In On At Of For From To By
With Without Within Into Onto Over Under About Above Below After Before Since Until During Despite Although
Though Because As And But Or Nor So Yet Also Even Still However Moreover Meanwhile Furthermore Instead Indeed
Perhaps Thus Then Both Either Neither Each Every Some Any Many Much More Most Few Several All Such Other
Another No Not Only Just Here Now Today Yesterday Tomorrow Once Again Already Unlike Like Amid Among Against
Along Upon Via Is Are Was Were Be Has Have Had Will Would Should May Might Must Can Could Do Does Did Let
According Following Asked Speaking Dear Hello Near Around Across Along Outside Inside Throughout Toward
Towards Beyond Between Behind Below Beneath Per Since Except Including Regarding Concerning`)

// calendar words break capitalised runs and are never names.
var calendar = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Ramadan Eid Christmas Easter AM PM GMT UTC ET EST EDT BST CET`)

// collectives are group nouns that, after a state or nationality, name
// that state's organ: "Iraqi forces", "US troops", "the Iranian
// government". The value is the CAMEO agent suffix.
var collectives = map[string]string{
	"FORCES": "MIL", "FORCE": "MIL", "TROOPS": "MIL", "MILITARY": "MIL", "ARMY": "MIL", "NAVY": "MIL",
	"MILITARIES": "MIL", "ARMED": "MIL", "MARINES": "MIL",
	"GOVERNMENT": "GOV", "GOVERNMENTS": "GOV", "AUTHORITIES": "GOV", "ADMINISTRATION": "GOV",
	"REGIME": "GOV", "LEADERSHIP": "GOV", "CABINET": "GOV",
	"MILITIAS": "REB", "MILITIA": "REB", "REBELS": "REB", "INSURGENTS": "INS", "MILITANTS": "REB",
	"POLICE": "COP", "INTELLIGENCE": "SPY", "PARLIAMENT": "LEG", "JUDICIARY": "JUD",
	"PEOPLE": "CVL", "CIVILIANS": "CVL", "OPPOSITION": "OPP", "COMPANIES": "BUS", "FIRMS": "BUS",
	"SHIPS": "MIL", "WARSHIPS": "MIL", "SERVICE": "MIL", "MEMBERS": "MIL", "DIPLOMATIC": "GOV",
	"NAVAL": "MIL", "AIR": "MIL", "SPECIAL": "MIL", "OPERATIONS": "MIL",
	"SECURITY": "MIL",
}

// locOpeners open place names ("Fort Campbell", "Camp Taji").
var locOpeners = set(`Fort Camp Mount Lake Port Cape Gulf Strait Sea Lake Wadi Jebel Jabal Tell Tel Tal Bir Ras Ain Ayn
Deir Dayr Kafr Khan Qasr Jisr Marj Bab Jazirat Jazira Bahr Nahr Hay Souq`)

// eventHeads end names of events, laws and documents, which are not
// entities here.
var eventHeads = set(`Day Time Order Act Agreement Accord Accords Treaty Exercise Operation War Law Resolution Plan
Protocol Declaration Doctrine Summit Award Prize Cup Games Festival Week Year Era Revolution Spring Crisis
Deal Initiative Strategy Report Index Review Survey Census Constitution Charter Convention Program Programme
Show Expo`)

// gatherings are named as organizations when capitalised.
var gatherings = set(`Conference Dialogue Forum Congress Assembly Meeting`)

// notNames are capitalised acronyms and words that name things, not
// actors.
var notNames = set(`IED IEDS VBIED VBIEDS SVBIED UAV UAVS UAS GMT UTC EST EDT CEO CFO GDP TV AM PM ISR EOD IDP IDPS
SAM MANPADS ATGM RPG HQ KIA WIA POW POWS LNG OK FAQ PDF HTML URL AI COVID DNA PR ID OPED BLUF AKA ETA
SUV SUVS EV EVS AWD LED IQ PC PCS GPS USB IT HR IPO ETF CPI VAT NFT API MPG MPH KM KG TBA TBD FAQ
FY Q1 Q2 Q3 Q4 Rs II III IV UPDATE BREAKING EXCLUSIVE WATCH READ MORE PHOTOS VIDEO BC AD B.C. A.D. CE BCE
JD Asian Asians African Africans European Europeans Latin Nordic Scandinavian Balkan Caribbean Westerners
Sub-Saharan`)

// shipPrefixes open the names of ships, which are platforms, not actors.
var shipPrefixes = set(`HMS USS USNS HMCS HMAS INS FS ARA BNS ROKS JS MV SS RFS TCG`)

// placeHeadNouns after a name, in lower case, show a place: "the al-Tanf
// base", "the al-Hol camp".
var placeHeadNouns = set(`base bases camp camps province governorate district crossing border city town village
area region airport airbase field oilfield refinery port highway road valley dam checkpoint neighborhood
neighbourhood prison market square bridge mountains desert garrison outpost enclave hospital hotel facility
compound airfield barracks mosque church stadium`)

// webSuffixes end web domains named as outlets: "Polygraph.info".
var webSuffixes = map[string]bool{"com": true, "org": true, "net": true, "info": true, "io": true, "news": true,
	"tv": true, "co": true, "uk": true, "gov": true, "edu": true, "int": true, "media": true, "online": true}

// familyFirst are common Chinese, Korean and Vietnamese family names,
// written first: "Liu Xiaoming" is later "Liu".
var familyFirst = set(`Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Zheng Liang Xie Tang
Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Shen Yao Zhong Cui Qin Xi Hu Wu Ma Gao
Kim Park Choi Jung Kang Cho Yoon Jang Lim Moon Nguyen Tran Pham Hoang Phan Vu Dang Bui Ngo Duong`)

// groupHeadNouns after a name, in lower case, show an organization:
// "the Democratic Progressive party", "the Wagner group".
var groupHeadNouns = set(`party movement alliance coalition militia militias faction bloc brigade brigades
group network organisation organization`)

// institutions are head words named after a place with "of": "the
// University of Khartoum", "the Central Bank of Sudan".
var institutions = set(`University Universities Bank Institute College Academy Church Chamber Museum Library School
Hospital Federation Association Society Foundation Corporation Company Patriarchate Diocese Archdiocese Mufti`)

// articles open noun phrases.
var articles = set(`a an the`)

// eventOpeners open names of military exercises and operations.
var eventOpeners = set(`Exercise Operation`)

// groupNouns after an organization's name still name it: "ISIL
// fighters", "Hezbollah militants".
var groupNouns = set(`fighters terrorists militants forces troops unit units members elements operatives gunmen
militiamen loyalists affiliates nations countries partners advisers advisors military ministers allies
governments`)

// adminHeads name a division by its place: "Idlib Province" is Idlib.
var adminHeads = set(`Province Governorate Region District Oblast Prefecture County State Territory Emirate`)

// placeNouns before "of" introduce a place: "the city of Wad Madani".
var placeNouns = set(`city town village capital province region district outskirts suburbs neighbourhood
neighborhood governorate state port island area centre center heart streets`)

// placeVerbs take places as objects when what follows is capitalised:
// "recaptured Wad Madani", "shelled Kharkiv".
var placeVerbs = set(`captured recaptured retook retaken seized besieged shelled bombed stormed liberated entered
overran encircled attacked struck visited evacuated fled reached strike strikes hit hits shell shells bomb
bombs attack attacks target targets targeted pound pounds pounded raid raids raided`)

// ethnic are ethnic and sectarian adjectives, which qualify groups but
// name no state.
var ethnic = set(`Kurdish Arab Shia Shiite Shi'ite Sunni Alawite Druze Yazidi Christian Assyrian Turkmen
Pashtun Tajik Hazara Baloch Baluch Uyghur Tuareg Fulani Peul Hausa Amhara Tigrayan Oromo Somali Rohingya
Houthi Islamist Jihadist Salafist Maronite Coptic Zaydi Ismaili Berber Amazigh Zaghawa Masalit Fur`)

// sponsorWords join a state to a group it leads or backs: "Iran-backed".
var sponsorWords = set(`led backed aligned supported funded allied sponsored trained armed affiliated linked`)

// sponsoredGroups are what sponsorWords lead to: "Iran-backed militias".
var sponsoredGroups = set(`coalition alliance militia militias groups group proxies proxy rebels factions faction
government governments paramilitaries paramilitary`)
