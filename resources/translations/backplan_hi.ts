<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="258" />
      <source>Done: {title}</source>
      <translation>हो गया: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="106" />
      <location filename="src/backplan/ui/today/actions.py" line="188" />
      <source>Dose not recorded</source>
      <translation>खुराक दर्ज नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="378" />
      <source>End flare-up</source>
      <translation>दर्द के दौरे की योजना समाप्त करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="374" />
      <source>Flare-up not ended</source>
      <translation>दर्द के दौरे की योजना समाप्त नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="362" />
      <source>Flare-up not started</source>
      <translation>दर्द के दौरे की योजना शुरू नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="379" />
      <source>Flare-up plan ended.</source>
      <translation>दर्द के दौरे की योजना समाप्त हुई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="367" />
      <source>Flare-up plan started.</source>
      <translation>दर्द के दौरे की योजना शुरू हुई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="220" />
      <source>I'll remind you again at {time}.</source>
      <translation>मैं आपको {time} पर फिर याद दिलाऊँगा।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="210" />
      <location filename="src/backplan/ui/today/actions.py" line="256" />
      <source>Not recorded</source>
      <translation>दर्ज नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="348" />
      <source>Pain not recorded</source>
      <translation>दर्द दर्ज नहीं हुआ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="352" />
      <source>Pain {n}</source>
      <translation>दर्द {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="355" />
      <source>Pain {n} recorded at {time}.</source>
      <translation>{time} पर दर्द {n} दर्ज हुआ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="167" />
      <source>Recorded, with a warning</source>
      <translation>दर्ज हो गया, एक चेतावनी के साथ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="279" />
      <source>Routine: {title}</source>
      <translation>अभ्यास क्रम: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="212" />
      <source>Skip {title}</source>
      <translation>{title} छोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="163" />
      <source>Source: {source}</source>
      <translation>स्रोत: {source}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="366" />
      <source>Start flare-up</source>
      <translation>दर्द के दौरे की योजना शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="108" />
      <source>Take {name}</source>
      <translation>{name} लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="191" />
      <source>Take {name} (recorded anyway)</source>
      <translation>{name} लें (फिर भी दर्ज किया गया)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="134" />
      <source>This counts as the {matched} dose of {name}, not the {named} one: the {matched} dose is not recorded yet. Record it as the {matched} dose now?</source>
      <translation>यह {name} की {matched} वाली खुराक गिनी जाएगी, {named} वाली नहीं: {matched} वाली खुराक अभी दर्ज नहीं है। क्या इसे अभी {matched} वाली खुराक के रूप में दर्ज करें?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="133" />
      <source>Which dose is this?</source>
      <translation>यह कौन-सी खुराक है?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="193" />
      <source>{name} recorded anyway, with your reason.</source>
      <translation>{name} आपके कारण के साथ फिर भी दर्ज की गई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="110" />
      <source>{name} recorded as taken at {time}.</source>
      <translation>{name} {time} पर ली गई, दर्ज हो गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="168" />
      <source>{name} was recorded. Please check:</source>
      <translation>{name} दर्ज हो गई। कृपया जाँच लें:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="259" />
      <location filename="src/backplan/ui/today/actions.py" line="280" />
      <source>{title} recorded as done.</source>
      <translation>{title} पूरा हुआ, दर्ज हो गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="213" />
      <source>{title} skipped.</source>
      <translation>{title} छोड़ा गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="294" />
      <source>{title}: {n} minutes started.</source>
      <translation>{title}: {n} मिनट शुरू हुए।</translation>
    </message>
  </context>
  <context>
    <name>Announce</name>
    <message>
      <location filename="src/backplan/ui/common/announce.py" line="50" />
      <source>Latest confirmation</source>
      <translation>नवीनतम पुष्टि</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="src/backplan/app.py" line="64" />
      <source>Reason: {reason}

Nothing was changed. Your backups are in {backups}. Start backplan with --debug for details.</source>
      <translation>कारण: {reason}

कुछ भी नहीं बदला गया। आपके बैकअप {backups} में हैं। विवरण के लिए backplan को --debug के साथ शुरू करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="60" />
      <source>backplan could not open its data in {folder}.</source>
      <translation>backplan {folder} में अपना डेटा नहीं खोल सका।</translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="72" />
      <source>Dis&amp;miss</source>
      <translation>हटाएँ (&amp;M)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="73" />
      <source>Dismiss the reminder</source>
      <translation>रिमाइंडर हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="122" />
      <source>Done…</source>
      <translation>हो गया…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="92" />
      <source>Due now:</source>
      <translation>अभी करना है:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="66" />
      <source>Reminder</source>
      <translation>रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="89" />
      <source>Reminder: {title}</source>
      <translation>रिमाइंडर: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="123" />
      <source>Skip</source>
      <translation>छोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="124" />
      <source>Snooze 10 min</source>
      <translation>10 मिनट बाद याद दिलाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="120" />
      <source>Start</source>
      <translation>शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="117" />
      <source>Take</source>
      <translation>लें</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <source>Add it up across every product you take that contains acetaminophen (paracetamol): they all count towards one daily maximum.</source>
      <translation>आप जो भी उत्पाद लेते हैं और जिनमें एसिटामिनोफ़ेन (पैरासिटामोल) है, उन सबको जोड़ें: वे सब मिलकर एक ही दैनिक अधिकतम में गिने जाते हैं।</translation>
    </message>
    <message>
      <source>Dependence and withdrawal can occur: do not stop it suddenly; ask your prescriber how to stop.</source>
      <translation>इसकी आदत पड़ सकती है और छोड़ने पर वापसी के लक्षण हो सकते हैं: इसे अचानक बंद न करें; बंद करने का तरीका अपने डॉक्टर से पूछें।</translation>
    </message>
    <message>
      <source>Dependence, withdrawal and misuse have been reported with long use; in the US it is a Schedule IV controlled substance.</source>
      <translation>लंबे समय तक इस्तेमाल से निर्भरता, विदड्रॉल (छोड़ने पर होने वाले लक्षण) और दुरुपयोग की सूचना मिली है; अमेरिका में यह शेड्यूल IV नियंत्रित पदार्थ है।</translation>
    </message>
    <message>
      <source>Do not drink alcohol while taking it.</source>
      <translation>इसे लेते समय शराब न पिएँ।</translation>
    </message>
    <message>
      <source>Do not stop it suddenly: ask your prescriber how to stop.</source>
      <translation>इसे अचानक बंद न करें: बंद करने का तरीका अपने डॉक्टर से पूछें।</translation>
    </message>
    <message>
      <source>Do not take two NSAIDs together (for example ibuprofen, naproxen, aspirin or diclofenac).</source>
      <translation>दो NSAID एक साथ न लें (उदाहरण के लिए आइबुप्रोफ़ेन, नेप्रोक्सेन, एस्पिरिन या डाइक्लोफ़ेनाक)।</translation>
    </message>
    <message>
      <source>For short-term use only: up to two or three weeks.</source>
      <translation>केवल थोड़े समय के इस्तेमाल के लिए: दो या तीन सप्ताह तक।</translation>
    </message>
    <message>
      <source>In 2007 the European Medicines Agency recommended suspending all carisoprodol authorisations because of misuse, addiction and impaired alertness and coordination.</source>
      <translation>2007 में यूरोपियन मेडिसिन्स एजेंसी ने दुरुपयोग, लत और सतर्कता व तालमेल में कमी के कारण कैरिसोप्रोडोल की सभी अनुमतियाँ निलंबित करने की सिफ़ारिश की।</translation>
    </message>
    <message>
      <source>It can make you drowsy, and road accidents have been reported: do not drive or operate machinery until you know how it affects you.</source>
      <translation>इससे आपको नींद आ सकती है, और सड़क दुर्घटनाओं की सूचना मिली है: जब तक आप यह न जान लें कि इसका आप पर क्या असर होता है, तब तक गाड़ी न चलाएँ और मशीनें न चलाएँ।</translation>
    </message>
    <message>
      <source>It can make you drowsy: do not drive or operate machinery until you know how it affects you.</source>
      <translation>इससे आपको नींद आ सकती है: जब तक आप यह न जान लें कि इसका आप पर क्या असर होता है, तब तक गाड़ी न चलाएँ और मशीनें न चलाएँ।</translation>
    </message>
    <message>
      <source>It passes into breast milk: if you breastfeed, watch your baby for unusual sleepiness and tell your prescriber.</source>
      <translation>यह माँ के दूध में पहुँचती है: अगर आप स्तनपान कराती हैं, तो ध्यान दें कि बच्चे को असामान्य नींद तो नहीं आ रही, और दवा लिखने वाले डॉक्टर को बताएँ।</translation>
    </message>
    <message>
      <source>Its label allows at most 5 days of ketorolac in all, injections included.</source>
      <translation>इसके लेबल के अनुसार केटोरोलैक कुल मिलाकर अधिक से अधिक 5 दिन, इंजेक्शन सहित।</translation>
    </message>
    <message>
      <source>Its label carries a boxed warning: take it exactly as prescribed.</source>
      <translation>इसके लेबल पर बॉक्स वाली चेतावनी है: इसे ठीक वैसे ही लें जैसे लिखा गया है।</translation>
    </message>
    <message>
      <source>Its safety has not been established in people under 16 or over 65.</source>
      <translation>16 साल से कम या 65 साल से ज़्यादा उम्र के लोगों में इसकी सुरक्षा स्थापित नहीं हुई है।</translation>
    </message>
    <message>
      <source>Not for children and teenagers under 16: it can cause Reye's syndrome.</source>
      <translation>16 साल से कम उम्र के बच्चों और किशोरों के लिए नहीं: इससे राय सिंड्रोम (Reye's syndrome) हो सकता है।</translation>
    </message>
    <message>
      <source>Other sedating medicines (opioids, benzodiazepines, other muscle relaxants, gabapentin, pregabalin, tricyclic antidepressants) add to its drowsiness; tell your prescriber about every medicine you take.</source>
      <translation>दूसरी नींद लाने वाली दवाएँ (ओपिऑइड, बेंज़ोडायज़ेपीन, दूसरी मांसपेशी ढीली करने वाली दवाएँ, गैबापेंटिन, प्रीगैबलिन, ट्राइसाइक्लिक एंटीडिप्रेसेंट) इसकी सुस्ती बढ़ाती हैं; अपनी हर दवा के बारे में अपने डॉक्टर को बताएँ।</translation>
    </message>
    <message>
      <source>People whose bodies break it down slowly (CYP2C19 poor metabolizers: about 15-20 % of Asian people and 3-5 % of White and African American people) get about four times the usual exposure.</source>
      <translation>जिन लोगों का शरीर इसे धीरे तोड़ता है (CYP2C19 के कमज़ोर मेटाबोलाइज़र: लगभग 15-20 % एशियाई लोग और 3-5 % श्वेत और अफ़्रीकी अमेरिकी लोग), उनके शरीर में यह सामान्य से लगभग चार गुना पहुँचती है।</translation>
    </message>
    <message>
      <source>Some products cap the total at 3,000 mg in 24 hours; the product's own cap wins.</source>
      <translation>कुछ उत्पाद 24 घंटे में कुल मात्रा 3,000 mg तक सीमित रखते हैं; उत्पाद की अपनी सीमा ही मानी जाती है।</translation>
    </message>
    <message>
      <source>Stopping abruptly after long use can cause withdrawal; ask your prescriber how to stop.</source>
      <translation>लंबे इस्तेमाल के बाद अचानक बंद करने से विदड्रॉल हो सकता है; बंद कैसे करें, यह दवा लिखने वाले डॉक्टर से पूछें।</translation>
    </message>
    <message>
      <source>Taken together with an opioid, a benzodiazepine, carisoprodol, gabapentin or pregabalin, or with alcohol, it can slow or stop your breathing; tell your prescriber about every medicine you take.</source>
      <translation>ओपिऑइड, बेंज़ोडायज़ेपीन, कैरिसोप्रोडोल, गैबापेंटिन या प्रीगैबलिन के साथ, या शराब के साथ लेने पर यह आपकी साँस धीमी कर सकती है या रोक सकती है; अपनी हर दवा के बारे में अपने डॉक्टर को बताएँ।</translation>
    </message>
    <message>
      <source>Taken with an opioid it can slow or stop your breathing; tell your prescriber about every medicine you take.</source>
      <translation>ओपिऑइड के साथ लेने पर यह आपकी साँस धीमी कर सकती है या रोक सकती है; अपनी हर दवा के बारे में अपने डॉक्टर को बताएँ।</translation>
    </message>
    <message>
      <source>Taken with opioids or benzodiazepines it can slow or stop your breathing. Tell your prescriber about every medicine you take, tricyclic antidepressants, gabapentin and pregabalin included.</source>
      <translation>ओपिऑइड या बेंज़ोडायज़ेपीन के साथ लेने पर यह आपकी साँस धीमी कर सकती है या रोक सकती है। अपनी हर दवा के बारे में अपने डॉक्टर को बताएँ, ट्राइसाइक्लिक एंटीडिप्रेसेंट, गैबापेंटिन और प्रीगैबलिन भी।</translation>
    </message>
    <message>
      <source>The US label lists 250 mg and 350 mg tablets; 500 mg is not a labelled strength in the US, so follow your prescriber.</source>
      <translation>अमेरिकी लेबल में 250 mg और 350 mg की गोलियाँ हैं; अमेरिका में 500 mg लेबल पर दी गई मात्रा नहीं है, इसलिए दवा लिखने वाले डॉक्टर की बात मानें।</translation>
    </message>
    <message>
      <source>The label allows at most 3 doses in 24 hours.</source>
      <translation>लेबल 24 घंटे में ज़्यादा से ज़्यादा 3 खुराकों की अनुमति देता है।</translation>
    </message>
    <message>
      <source>The risk of stomach bleeding is higher if you are 60 or older, have had a stomach ulcer, take a blood thinner or a steroid, or have 3 or more alcoholic drinks a day.</source>
      <translation>पेट में ख़ून बहने का ख़तरा ज़्यादा है अगर आपकी उम्र 60 साल या उससे ज़्यादा है, आपको पेट का अल्सर रहा है, आप ख़ून पतला करने वाली दवा या स्टेरॉयड लेते हैं, या दिन में 3 या ज़्यादा बार शराब पीते हैं।</translation>
    </message>
    <message>
      <source>There is no missed-dose guidance on the label: ask your pharmacist.</source>
      <translation>छूटी हुई खुराक के बारे में लेबल पर कोई निर्देश नहीं है: अपने फ़ार्मासिस्ट से पूछें।</translation>
    </message>
    <message>
      <source>Too much acetaminophen (paracetamol) can cause severe liver damage.</source>
      <translation>ज़्यादा एसिटामिनोफ़ेन (पैरासिटामोल) से लीवर को गंभीर नुकसान हो सकता है।</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</source>
      <translation>डॉक्टर की सलाह के बिना, अमेरिका का बिना पर्ची वाला लेबल हर 8-12 घंटे में 220 mg, 24 घंटे में अधिक से अधिक 3 गोलियाँ (660 mg), और दर्द के लिए अधिक से अधिक 10 दिन की अनुमति देता है।</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label allows at most 1,200 mg in 24 hours (200 mg tablets, 1-2 every 4-6 hours) and at most 10 days for pain.</source>
      <translation>डॉक्टर की सलाह के बिना, अमेरिकी OTC लेबल 24 घंटे में ज़्यादा से ज़्यादा 1,200 mg (200 mg की गोलियाँ, हर 4-6 घंटे में 1-2) और दर्द के लिए ज़्यादा से ज़्यादा 10 दिन की अनुमति देता है।</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label for naproxen sodium allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</source>
      <translation>डॉक्टर की सलाह के बिना, नेप्रोक्सेन सोडियम का अमेरिकी OTC लेबल हर 8-12 घंटे में 220 mg, 24 घंटे में ज़्यादा से ज़्यादा 3 गोलियाँ (660 mg), और दर्द के लिए ज़्यादा से ज़्यादा 10 दिन की अनुमति देता है।</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="242" />
      <source>7-day mean</source>
      <translation>7 दिन का औसत</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="167" />
      <source>Activities you chose (PSFS average): 0 unable, 10 as before the injury</source>
      <translation>आपकी चुनी हुई गतिविधियाँ (PSFS औसत): 0 बिल्कुल नहीं, 10 चोट से पहले जितना</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="562" />
      <source>Dose taken</source>
      <translation>ली गई खुराक</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="524" />
      <source>Flare-up</source>
      <translation>दर्द का दौरा</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="166" />
      <source>Longest comfortable walk</source>
      <translation>बिना तकलीफ़ की सबसे लंबी सैर</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="552" />
      <source>Medicine course</source>
      <translation>दवा का कोर्स</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="166" />
      <source>Minutes</source>
      <translation>मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="167" />
      <source>PSFS (0-10)</source>
      <translation>PSFS अंक (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="210" />
      <source>PSFS average</source>
      <translation>PSFS औसत</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="161" />
      <source>PSFS average, 0-10 (10 = as before the injury)</source>
      <translation>PSFS औसत, 0-10 (10 = चोट से पहले जितना)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="588" />
      <location filename="src/backplan/reports/chart_style.py" line="159" />
      <source>Pain</source>
      <translation>दर्द</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="165" />
      <source>Pain (0-10)</source>
      <translation>दर्द (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="239" />
      <source>Pain (each entry)</source>
      <translation>दर्द (हर प्रविष्टि)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="165" />
      <source>Pain, 0 (none) to 10 (worst imaginable)</source>
      <translation>दर्द, 0 (बिल्कुल नहीं) से 10 (सबसे बुरा जिसकी कल्पना हो सके)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="168" />
      <source>Plan and what was done</source>
      <translation>योजना और जो किया गया</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="535" />
      <source>Red flag logged</source>
      <translation>ख़तरे का संकेत लिखा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="142" />
      <source>Red flags</source>
      <translation>ख़तरे के संकेत</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="140" />
      <source>Side effects</source>
      <translation>दुष्प्रभाव</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="575" />
      <source>Taken with a safety override</source>
      <translation>सुरक्षा नियम से हटकर ली गई</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="377" />
      <source>Walking minutes</source>
      <translation>सैर के मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="160" />
      <source>Walking, minutes</source>
      <translation>सैर, मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="162" />
      <source>What was done</source>
      <translation>जो किया गया</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="254" />
      <source>Worst pain (last 24 h)</source>
      <translation>सबसे बुरा दर्द (पिछले 24 घंटे)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="135" />
      <location filename="src/backplan/reports/chart_style.py" line="138" />
      <source>{label} done</source>
      <translation>{label} किया गया</translation>
    </message>
  </context>
  <context>
    <name>ClinicSetup</name>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="68" />
      <source>A changed database is used from the next start. Never put the password in the URL: backplan refuses it.</source>
      <translation>बदला हुआ डेटाबेस अगली बार शुरू करने से इस्तेमाल होगा। URL में पासवर्ड कभी न डालें: backplan उसे अस्वीकार करता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="52" />
      <source>Clinic &amp;database (PostgreSQL URL):</source>
      <translation>क्लिनिक डेटाबेस (PostgreSQL URL) (&amp;D):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="35" />
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="39" />
      <source>Clinic set-up</source>
      <translation>क्लिनिक सेटअप</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="50" />
      <source>Empty: this computer's own database file</source>
      <translation>खाली: इसी कंप्यूटर की अपनी डेटाबेस फ़ाइल</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="42" />
      <source>For a clinic whose computers share one database. At home, leave this empty: backplan keeps everything in a file on this computer.</source>
      <translation>उस क्लिनिक के लिए जिसके कंप्यूटर एक ही डेटाबेस साझा करते हैं। घर पर इसे खाली छोड़ें: backplan सब कुछ इसी कंप्यूटर की एक फ़ाइल में रखता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="97" />
      <source>Not accepted: {reason}</source>
      <translation>स्वीकार नहीं: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Connection</name>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="176" />
      <source>&amp;Try again now</source>
      <translation>अभी फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="204" />
      <source>Connected to the database server again. Everything shown was read afresh.</source>
      <translation>डेटाबेस सर्वर से फिर से जुड़ गए। दिखाई गई हर चीज़ नए सिरे से पढ़ी गई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="171" />
      <source>Connection to the database server</source>
      <translation>डेटाबेस सर्वर से कनेक्शन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="191" />
      <source>No connection to the database server since {time}. backplan tries again every few seconds. Nothing can be saved until then; what you enter is kept.</source>
      <translation>{time} से डेटाबेस सर्वर से कोई कनेक्शन नहीं है। backplan हर कुछ सेकंड में फिर से कोशिश करता है। तब तक कुछ भी सहेजा नहीं जा सकता; आप जो लिखते हैं वह रखा जाता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="54" />
      <source>Not saved: there is no connection to the database server. What you entered is kept here; save it again once the connection is back (backplan keeps trying).</source>
      <translation>सहेजा नहीं गया: डेटाबेस सर्वर से कोई कनेक्शन नहीं है। आपने जो लिखा है वह यहाँ रखा गया है; कनेक्शन लौटने पर इसे फिर से सहेजें (backplan कोशिश करता रहता है)।</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="29" />
      <source>1 tablet</source>
      <translation>1 गोली</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="45" />
      <source>Count my tablets</source>
      <translation>मेरी गोलियाँ गिनें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="48" />
      <source>How many of {name} do you have now?</source>
      <translation>अभी आपके पास {name} की कितनी गोलियाँ हैं?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="61" />
      <source>backplan expects {count} now.</source>
      <translation>backplan के हिसाब से अभी {count} होनी चाहिए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="30" />
      <source>{n} tablets</source>
      <translation>{n} गोलियाँ</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="164" />
      <source>&amp;Create plan</source>
      <translation>योजना बनाएँ (&amp;C)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="150" />
      <source>&amp;Start date:</source>
      <translation>शुरू होने की तारीख़ (&amp;S):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="148" />
      <source>&amp;Time zone:</source>
      <translation>समय क्षेत्र (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="316" />
      <source>Demo starting</source>
      <translation>डेमो शुरू हो रहा है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="250" />
      <source>How would you like to start?</source>
      <translation>आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="295" />
      <source>Import a plan file</source>
      <translation>योजना फ़ाइल आयात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="258" />
      <source>Import a plan file from your physiotherapist</source>
      <translation>अपने फ़िज़ियोथेरेपिस्ट से मिली योजना फ़ाइल आयात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="139" />
      <location filename="src/backplan/ui/common/first_run.py" line="177" />
      <source>My back plan</source>
      <translation>मेरी कमर की योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="259" />
      <source>Open the .backplan.json file you were given. Nothing is changed if the file has a problem.</source>
      <translation>आपको दी गई .backplan.json फ़ाइल खोलें। फ़ाइल में कोई समस्या हो तो कुछ नहीं बदलता।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="264" />
      <source>Opens a second window with an example patient and six weeks of made-up history. Your own data is not touched.</source>
      <translation>एक उदाहरण मरीज़ और छह सप्ताह के काल्पनिक इतिहास के साथ दूसरी विंडो खोलता है। आपके अपने डेटा को छुआ नहीं जाता।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="147" />
      <source>Patient &amp;name:</source>
      <translation>मरीज़ का नाम (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="126" />
      <source>Patient name</source>
      <translation>मरीज़ का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="149" />
      <source>Plan &amp;title:</source>
      <translation>योजना का शीर्षक (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="79" />
      <location filename="src/backplan/ui/common/first_run.py" line="84" />
      <source>Plan not imported</source>
      <translation>योजना आयात नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="140" />
      <source>Plan title</source>
      <translation>योजना का शीर्षक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="157" />
      <source>Problem</source>
      <translation>समस्या</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="115" />
      <location filename="src/backplan/ui/common/first_run.py" line="119" />
      <location filename="src/backplan/ui/common/first_run.py" line="253" />
      <source>Start a new plan</source>
      <translation>नई योजना शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="145" />
      <source>Start date</source>
      <translation>शुरू होने की तारीख़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="324" />
      <source>The demo could not be started from here. Run this command in a terminal:</source>
      <translation>डेमो यहाँ से शुरू नहीं हो सका। यह कमांड टर्मिनल में चलाएँ:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="317" />
      <source>The demo opens in a window of its own in a moment. Your own data is not touched.</source>
      <translation>डेमो कुछ ही पलों में अपनी अलग विंडो में खुलेगा। आपके अपने डेटा को छुआ नहीं जाता।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="80" />
      <source>This file could not be imported. Nothing was changed.</source>
      <translation>यह फ़ाइल आयात नहीं हो सकी। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="138" />
      <source>Time zone</source>
      <translation>समय क्षेत्र</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="263" />
      <location filename="src/backplan/ui/common/first_run.py" line="323" />
      <source>Try the demo</source>
      <translation>डेमो आज़माएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="254" />
      <source>Type in your name and the plan's start date; add medicines and exercises afterwards.</source>
      <translation>अपना नाम और योजना शुरू होने की तारीख़ लिखें; दवाएँ और व्यायाम बाद में जोड़ें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="239" />
      <source>Welcome to backplan</source>
      <translation>backplan में आपका स्वागत है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="121" />
      <source>You can add medicines, activities and exercises in the Plan section afterwards.</source>
      <translation>दवाएँ, गतिविधियाँ और व्यायाम आप बाद में ‘योजना’ वाले हिस्से में जोड़ सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="241" />
      <source>backplan keeps the plan your clinician set for your back in one place: when to take each medicine, your exercises and therapy sessions, heat before and cold after, and a diary of your pain. It reminds you when something is due. It does not give medical advice or change a dose.</source>
      <translation>backplan आपकी कमर के लिए आपके चिकित्सक की बनाई योजना को एक जगह रखता है: कौन-सी दवा कब लेनी है, आपके व्यायाम और थेरेपी सेशन, पहले गर्म और बाद में ठंडी सेंक, और आपके दर्द की डायरी। कुछ करने का समय होने पर यह आपको याद दिलाता है। यह डॉक्टरी सलाह नहीं देता और न ही कोई खुराक बदलता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="279" />
      <source>backplan organizes the plan your clinician set; it is not medical advice.</source>
      <translation>backplan आपके चिकित्सक की बनाई योजना को व्यवस्थित रखता है; यह डॉक्टरी सलाह नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="295" />
      <source>backplan plan files (*.backplan.json);;JSON files (*.json);;All files (*)</source>
      <translation>backplan योजना फ़ाइलें (*.backplan.json);;JSON फ़ाइलें (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="190" />
      <source>“{zone}” is not a time zone backplan knows. Pick one from the list.</source>
      <translation>“{zone}” ऐसा समय क्षेत्र नहीं है जिसे backplan जानता हो। सूची में से कोई एक चुनें।</translation>
    </message>
  </context>
  <context>
    <name>FormWords</name>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="44" />
      <source>Another item of the plan already has this name: please choose another.</source>
      <translation>योजना की किसी और चीज़ का यही नाम है: कृपया दूसरा नाम चुनें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="42" />
      <source>Please add at least one.</source>
      <translation>कृपया कम से कम एक जोड़ें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="68" />
      <source>Please enter {what}.</source>
      <translation>कृपया यह दर्ज करें: {what}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="23" />
      <source>Please fill this in.</source>
      <translation>कृपया इसे भरें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="34" />
      <source>Please shorten this to {n} characters or fewer.</source>
      <translation>कृपया इसे {n} अक्षरों या उससे कम तक छोटा करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="41" />
      <source>Please write a number.</source>
      <translation>कृपया एक संख्या लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="39" />
      <source>Please write a whole number.</source>
      <translation>कृपया एक पूर्ण संख्या लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="32" />
      <source>Please write at least {n} characters.</source>
      <translation>कृपया कम से कम {n} अक्षर लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="46" />
      <source>The name needs at least one letter or digit.</source>
      <translation>नाम में कम से कम एक अक्षर या अंक होना चाहिए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="52" />
      <source>The repeating rule is not complete, e.g. FREQ=WEEKLY;BYDAY=TU,FR.</source>
      <translation>दोहराने का नियम अधूरा है, जैसे FREQ=WEEKLY;BYDAY=TU,FR.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="38" />
      <source>This is not a date on the calendar.</source>
      <translation>यह कैलेंडर की कोई तारीख़ नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="48" />
      <source>This name is kept for the flare-up plan: please choose another.</source>
      <translation>यह नाम दर्द के दौरे की योजना के लिए रखा गया है: कृपया दूसरा चुनें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="50" />
      <source>This text holds a character that cannot be stored: please retype it.</source>
      <translation>इस पाठ में ऐसा अक्षर है जो सहेजा नहीं जा सकता: कृपया इसे दोबारा लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="36" />
      <source>Write times on the 24-hour clock, like 08:00 or 20:30.</source>
      <translation>समय 24 घंटे की घड़ी में लिखें, जैसे 08:00 या 20:30।</translation>
    </message>
  </context>
  <context>
    <name>LabelReference</name>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="46" />
      <source> ({mg} on the first day)</source>
      <translation> (पहले दिन {mg})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="48" />
      <source>, in at most {n} doses</source>
      <translation>, ज़्यादा से ज़्यादा {n} खुराकों में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="59" />
      <source>label: at most {days} days of {name}</source>
      <translation>लेबल: {name} ज़्यादा से ज़्यादा {days} दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="42" />
      <source>label: at most {mg} of {name} a day</source>
      <translation>लेबल: {name} दिन में ज़्यादा से ज़्यादा {mg}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="40" />
      <source>label: no fixed daily maximum for {name}; only the plan's limits apply</source>
      <translation>लेबल: {name} की कोई तय दैनिक अधिकतम मात्रा नहीं है; केवल योजना की सीमाएँ लागू होती हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="32" />
      <source>label: no label limits are known to backplan for {name}</source>
      <translation>लेबल: backplan को {name} की लेबल वाली कोई सीमा मालूम नहीं है</translation>
    </message>
  </context>
  <context>
    <name>LogCommands</name>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="131" />
      <source>Delete log entry of {0}</source>
      <translation>{0} की डायरी प्रविष्टि हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="104" />
      <source>Edit log entry of {0}</source>
      <translation>{0} की डायरी प्रविष्टि बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="80" />
      <source>Log entry (pain {0})</source>
      <translation>डायरी प्रविष्टि (दर्द {0})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="58" />
      <source>That step could not be undone or redone: {0}</source>
      <translation>यह कदम पूर्ववत या फिर से नहीं किया जा सका: {0}</translation>
    </message>
  </context>
  <context>
    <name>LogEntryDialog</name>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="124" />
      <source>Edit log entry</source>
      <translation>डायरी की प्रविष्टि बदलें</translation>
    </message>
  </context>
  <context>
    <name>LogEntryForm</name>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="257" />
      <source>&amp;Sleep last night (0-10)</source>
      <translation>पिछली रात की नींद (0-10) (&amp;S)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="253" />
      <source>&amp;When</source>
      <translation>कब (&amp;W)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="198" />
      <source>0 = unable to do it, 10 = as well as before the injury</source>
      <translation>0 = बिल्कुल नहीं कर पाते, 10 = चोट से पहले जितना अच्छा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="194" />
      <source>Activities you chose with your clinician (PSFS)</source>
      <translation>अपने चिकित्सक के साथ चुनी गई गतिविधियाँ (PSFS)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="241" />
      <source>Anything else worth remembering (Ctrl+Enter saves)</source>
      <translation>याद रखने लायक कोई और बात (Ctrl+Enter से सहेजें)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="191" />
      <source>Arrow keys move, Space ticks a place. Left and right leg record pain that spreads down.</source>
      <translation>तीर कुंजियों से आगे-पीछे जाएँ, Space से जगह पर निशान लगाएँ। बायाँ और दायाँ पैर नीचे तक फैलने वाले दर्द के लिए हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="204" />
      <source>Arrow keys move, Space ticks a side effect.</source>
      <translation>तीर कुंजियों से आगे-पीछे जाएँ, Space से दुष्प्रभाव पर निशान लगाएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="157" />
      <source>Date and time of the entry</source>
      <translation>प्रविष्टि की तारीख़ और समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="182" />
      <source>Longest comfortable walk today, in minutes</source>
      <translation>आज बिना तकलीफ़ के सबसे लंबी सैर, मिनटों में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="258" />
      <source>Longest wal&amp;k (minutes)</source>
      <translation>सबसे लंबी सैर (मिनट) (&amp;K)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="172" />
      <source>Muscle spasm, 0 to 10</source>
      <translation>मांसपेशियों में ऐंठन, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="274" />
      <source>N&amp;ote</source>
      <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="242" />
      <source>Note</source>
      <translation>टिप्पणी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="314" />
      <source>PSFS score for {0}, 0 to 10</source>
      <translation>{0} के लिए PSFS अंक, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="254" />
      <source>Pain &amp;now (0-10)</source>
      <translation>अभी दर्द (0-10) (&amp;N)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="162" />
      <source>Pain now, 0 to 10</source>
      <translation>अभी दर्द, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="267" />
      <source>Si&amp;de effects</source>
      <translation>दुष्प्रभाव (&amp;D)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="203" />
      <source>Side effects</source>
      <translation>दुष्प्रभाव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="177" />
      <source>Sleep last night, 0 to 10</source>
      <translation>पिछली रात की नींद, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="256" />
      <source>Spas&amp;m (0-10)</source>
      <translation>ऐंठन (0-10) (&amp;M)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="481" />
      <source>The note is {0} characters long; at most {1} fit.</source>
      <translation>टिप्पणी {0} अक्षरों की है; ज़्यादा से ज़्यादा {1} आ सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="472" />
      <source>The worst pain of the last 24 hours cannot be lower than your pain now ({0}).</source>
      <translation>पिछले 24 घंटों का सबसे बुरा दर्द आपके अभी के दर्द ({0}) से कम नहीं हो सकता।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="462" />
      <source>This time is in the future; log what has happened.</source>
      <translation>यह समय भविष्य का है; जो हो चुका है वही लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="211" />
      <source>Tick any warning sign you have; backplan then shows what to do.</source>
      <translation>आपको जो भी चेतावनी का संकेत हो, उस पर निशान लगाएँ; फिर backplan बताएगा कि क्या करना है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="466" />
      <source>Type your pain now: a number from 0 to 10.</source>
      <translation>अभी का अपना दर्द लिखें: 0 से 10 तक कोई संख्या।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="270" />
      <source>Warning si&amp;gns (get help today if you have any)</source>
      <translation>चेतावनी के संकेत (इनमें से कोई हो तो आज ही मदद लें) (&amp;G)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="209" />
      <source>Warning signs</source>
      <translation>चेतावनी के संकेत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="264" />
      <source>Where it h&amp;urts</source>
      <translation>कहाँ दर्द है (&amp;U)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="189" />
      <source>Where it hurts</source>
      <translation>कहाँ दर्द है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="168" />
      <source>Worst pain in the last 24 hours, 0 to 10</source>
      <translation>पिछले 24 घंटों में सबसे बुरा दर्द, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="255" />
      <source>Worst pain, last &amp;24 h</source>
      <translation>सबसे बुरा दर्द, पिछले 24 घंटे (&amp;2)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="223" />
      <source>You ticked a warning sign: get medical help today. &lt;a href="advice"&gt;Show the advice again&lt;/a&gt;</source>
      <translation>आपने चेतावनी के संकेत पर निशान लगाया है: आज ही डॉक्टरी मदद लें। &lt;a href="advice"&gt;सलाह फिर से दिखाएँ&lt;/a&gt;</translation>
    </message>
  </context>
  <context>
    <name>LogLabels</name>
    <message>
      <source>A major injury, such as a bad fall or an accident</source>
      <translation>कोई बड़ी चोट, जैसे बुरी तरह गिरना या दुर्घटना</translation>
    </message>
    <message>
      <source>Dizziness</source>
      <translation>चक्कर आना</translation>
    </message>
    <message>
      <source>Drowsiness</source>
      <translation>उनींदापन</translation>
    </message>
    <message>
      <source>Feeling sick</source>
      <translation>जी मिचलाना</translation>
    </message>
    <message>
      <source>Fever</source>
      <translation>बुखार</translation>
    </message>
    <message>
      <source>For each activity your clinician chose with you: 0 means you are unable to do it, 10 means you can do it as well as before the injury.</source>
      <translation>आपके चिकित्सक ने आपके साथ जो गतिविधियाँ चुनी हैं, उनमें से हर एक के लिए: 0 का अर्थ है आप उसे बिल्कुल नहीं कर पाते, 10 का अर्थ है आप उसे चोट से पहले जितना अच्छा कर पाते हैं।</translation>
    </message>
    <message>
      <source>Headache</source>
      <translation>सिरदर्द</translation>
    </message>
    <message>
      <source>How strong your muscle spasm is: 0 is none, 10 is the worst.</source>
      <translation>आपकी मांसपेशियों की ऐंठन कितनी तेज़ है: 0 यानी बिल्कुल नहीं, 10 यानी सबसे बुरी।</translation>
    </message>
    <message>
      <source>How strong your pain is now: 0 is no pain, 10 is the worst pain you can imagine.</source>
      <translation>अभी आपका दर्द कितना तेज़ है: 0 यानी कोई दर्द नहीं, 10 यानी सबसे बुरा दर्द जिसकी आप कल्पना कर सकते हैं।</translation>
    </message>
    <message>
      <source>How well you slept last night: 0 is very badly, 10 is very well.</source>
      <translation>पिछली रात आप कितनी अच्छी तरह सोए: 0 यानी बहुत बुरी तरह, 10 यानी बहुत अच्छी तरह।</translation>
    </message>
    <message>
      <source>Left buttock</source>
      <translation>बायाँ कूल्हा</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>बायाँ पैर</translation>
    </message>
    <message>
      <source>Lower back</source>
      <translation>कमर का निचला हिस्सा</translation>
    </message>
    <message>
      <source>Neck</source>
      <translation>गर्दन</translation>
    </message>
    <message>
      <source>New or worsening weakness in a leg or foot</source>
      <translation>पैर या पंजे में नई या बढ़ती कमज़ोरी</translation>
    </message>
    <message>
      <source>New trouble with the bladder or bowel</source>
      <translation>पेशाब या शौच में नई परेशानी</translation>
    </message>
    <message>
      <source>Numbness around the genitals or bottom</source>
      <translation>जननांगों या नितंबों के आसपास सुन्नपन</translation>
    </message>
    <message>
      <source>Numbness, weakness or pain in both legs</source>
      <translation>दोनों पैरों में सुन्नपन, कमज़ोरी या दर्द</translation>
    </message>
    <message>
      <source>Right buttock</source>
      <translation>दायाँ कूल्हा</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>दायाँ पैर</translation>
    </message>
    <message>
      <source>Severe pain at night</source>
      <translation>रात में तेज़ दर्द</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>कुछ और</translation>
    </message>
    <message>
      <source>Tiredness</source>
      <translation>थकान</translation>
    </message>
    <message>
      <source>Upper back</source>
      <translation>पीठ का ऊपरी हिस्सा</translation>
    </message>
    <message>
      <source>Weight loss you cannot explain</source>
      <translation>बिना किसी वजह के वज़न घटना</translation>
    </message>
    <message>
      <source>Your longest comfortable walk today, in minutes.</source>
      <translation>आज बिना तकलीफ़ के आपकी सबसे लंबी सैर, मिनटों में।</translation>
    </message>
  </context>
  <context>
    <name>LogRecords</name>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="200" />
      <source>1 record</source>
      <translation>1 रिकॉर्ड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="49" />
      <source>Cold after {title}</source>
      <translation>{title} के बाद ठंडी सिकाई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="57" />
      <source>Done</source>
      <translation>हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="153" />
      <source>Doses and activities</source>
      <translation>खुराकें और गतिविधियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="172" />
      <source>Doses and activities recorded</source>
      <translation>दर्ज खुराकें और गतिविधियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="50" />
      <source>Flare-up plan</source>
      <translation>दर्द के दौरे की योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="48" />
      <source>Heat before {title}</source>
      <translation>{title} से पहले गरम सिकाई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="61" />
      <source>Missed</source>
      <translation>छूट गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="173" />
      <source>Newest first. Remove takes the selected record back.</source>
      <translation>सबसे नया पहले। हटाएँ चुने हुए रिकॉर्ड को वापस लेता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="175" />
      <source>Remove the selected record</source>
      <translation>चुना हुआ रिकॉर्ड हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="216" />
      <source>Remove this record?</source>
      <translation>यह रिकॉर्ड हटाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="224" />
      <source>Remove {what}</source>
      <translation>{what} हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="217" />
      <source>Remove “{what}, {text}” of {when}? It stops counting; Undo puts it back.</source>
      <translation>{when} का “{what}, {text}” हटाएँ? यह गिना नहीं जाएगा; पूर्ववत करें से वापस आ जाएगा।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="174" />
      <source>Remove…</source>
      <translation>हटाएँ…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="59" />
      <source>Skipped</source>
      <translation>छोड़ा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="57" />
      <source>Taken</source>
      <translation>ली गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="63" />
      <source>pain {before} → {after}</source>
      <translation>दर्द {before} → {after}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="68" />
      <source>recorded anyway: {reason}</source>
      <translation>फिर भी दर्ज किया गया: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="135" />
      <source>removed in the Log</source>
      <translation>लॉग में हटाया गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="200" />
      <source>{n} records</source>
      <translation>{n} रिकॉर्ड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="227" />
      <source>{what} of {when} removed.</source>
      <translation>{when} का {what} हटाया गया।</translation>
    </message>
  </context>
  <context>
    <name>LogTableModel</name>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="66" />
      <source>Average of the Patient-Specific Functional Scale scores</source>
      <translation>Patient-Specific Functional Scale (PSFS) अंकों का औसत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="60" />
      <source>Date and time of the entry</source>
      <translation>प्रविष्टि की तारीख़ और समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="65" />
      <source>Longest comfortable walk, in minutes</source>
      <translation>बिना तकलीफ़ के सबसे लंबी सैर, मिनटों में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="63" />
      <source>Muscle spasm, 0 (none) to 10</source>
      <translation>मांसपेशियों में ऐंठन, 0 (बिल्कुल नहीं) से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="70" />
      <source>Note</source>
      <translation>टिप्पणी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="66" />
      <source>PSFS</source>
      <translation>PSFS</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="61" />
      <source>Pain</source>
      <translation>दर्द</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="61" />
      <source>Pain now, 0 (none) to 10 (worst imaginable)</source>
      <translation>अभी दर्द, 0 (बिल्कुल नहीं) से 10 (सबसे बुरा जिसकी कल्पना हो सके)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="69" />
      <source>Red flags recorded</source>
      <translation>दर्ज किए गए ख़तरे के संकेत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="68" />
      <source>Side effects</source>
      <translation>दुष्प्रभाव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="68" />
      <source>Side effects noticed</source>
      <translation>दिखे दुष्प्रभाव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="64" />
      <source>Sleep</source>
      <translation>नींद</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="64" />
      <source>Sleep last night, 0 (very badly) to 10 (very well)</source>
      <translation>पिछली रात की नींद, 0 (बहुत बुरी) से 10 (बहुत अच्छी)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="63" />
      <source>Spasm</source>
      <translation>ऐंठन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="65" />
      <source>Walk (min)</source>
      <translation>सैर (मिनट)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="69" />
      <source>Warning signs</source>
      <translation>चेतावनी के संकेत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="60" />
      <source>When</source>
      <translation>कब</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="67" />
      <source>Where</source>
      <translation>कहाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="67" />
      <source>Where it hurt</source>
      <translation>कहाँ दर्द था</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="62" />
      <source>Worst</source>
      <translation>सबसे बुरा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="62" />
      <source>Worst pain in the last 24 hours, 0-10</source>
      <translation>पिछले 24 घंटों में सबसे बुरा दर्द, 0-10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="70" />
      <source>Your note</source>
      <translation>आपकी टिप्पणी</translation>
    </message>
  </context>
  <context>
    <name>LogView</name>
    <message numerus="yes">
      <location filename="src/backplan/ui/log/view.py" line="459" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n प्रविष्टि</numerusform>
        <numerusform>%n प्रविष्टियाँ</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="248" />
      <source>&amp;Clear</source>
      <translation>साफ़ करें (&amp;C)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="642" />
      <source>&amp;Delete</source>
      <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="460" />
      <source>1 entry</source>
      <translation>1 प्रविष्टि</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="228" />
      <source>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;The log belongs to a patient's plan. Import the plan file from your physiotherapist, start a new plan, or try the demo (all in the File menu), and then log your pain here in two keystrokes: a number and Enter.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;अभी कोई योजना नहीं है&lt;/h2&gt;&lt;p&gt;डायरी किसी मरीज़ की योजना से जुड़ी होती है। अपने फ़िज़ियोथेरेपिस्ट से मिली योजना फ़ाइल आयात करें, नई योजना शुरू करें, या डेमो आज़माएँ (सब फ़ाइल मेनू में), फिर यहाँ दो बटन दबाकर अपना दर्द लिखें: एक संख्या और Enter।&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="249" />
      <source>Clear the form</source>
      <translation>फ़ॉर्म साफ़ करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="637" />
      <source>Delete log entry</source>
      <translation>डायरी की प्रविष्टि हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="638" />
      <source>Delete the entry of {0} (pain {1})?</source>
      <translation>{0} की प्रविष्टि (दर्द {1}) हटाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="312" />
      <source>Delete the selected entry</source>
      <translation>चुनी हुई प्रविष्टि हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="311" />
      <source>Delete…</source>
      <translation>हटाएँ…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="309" />
      <source>Edit the selected entry</source>
      <translation>चुनी हुई प्रविष्टि बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="308" />
      <source>Edit…</source>
      <translation>बदलें…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="619" />
      <source>Entry changed. Undo with Ctrl+Z.</source>
      <translation>प्रविष्टि बदल दी गई। Ctrl+Z से पूर्ववत करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="660" />
      <source>Entry of {0} deleted. Undo with Ctrl+Z.</source>
      <translation>{0} की प्रविष्टि हटा दी गई। Ctrl+Z से पूर्ववत करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="331" />
      <source>History</source>
      <translation>पिछली प्रविष्टियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="253" />
      <source>Last action</source>
      <translation>पिछला काम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="301" />
      <source>Log history</source>
      <translation>डायरी की पिछली प्रविष्टियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="259" />
      <source>New entry</source>
      <translation>नई प्रविष्टि</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="276" />
      <source>New log entry</source>
      <translation>नई डायरी प्रविष्टि</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="233" />
      <source>No patient: import or start a plan to use the log</source>
      <translation>कोई मरीज़ नहीं: डायरी इस्तेमाल करने के लिए योजना आयात करें या शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="315" />
      <location filename="src/backplan/ui/log/view.py" line="322" />
      <location filename="src/backplan/ui/log/view.py" line="393" />
      <source>Redo</source>
      <translation>फिर से करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="244" />
      <source>S&amp;ave entry</source>
      <translation>प्रविष्टि सहेजें (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="245" />
      <source>Save entry</source>
      <translation>प्रविष्टि सहेजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="246" />
      <source>Save this entry (Enter)</source>
      <translation>यह प्रविष्टि सहेजें (Enter)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="575" />
      <source>Saved: pain {0} at {1}. Undo with Ctrl+Z.</source>
      <translation>सहेजा गया: {1} पर दर्द {0}। Ctrl+Z से पूर्ववत करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="262" />
      <source>Type your pain (0-10) and press Enter. Everything else is optional.</source>
      <translation>अपना दर्द (0-10) लिखें और Enter दबाएँ। बाकी सब भरना ज़रूरी नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="314" />
      <location filename="src/backplan/ui/log/view.py" line="321" />
      <location filename="src/backplan/ui/log/view.py" line="392" />
      <source>Undo</source>
      <translation>पूर्ववत करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="639" />
      <source>You can undo this with Ctrl+Z.</source>
      <translation>इसे Ctrl+Z से पूर्ववत कर सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="303" />
      <source>Your past entries, newest first. Enter edits the selected entry, Delete removes it.</source>
      <translation>आपकी पिछली प्रविष्टियाँ, सबसे नई पहले। Enter चुनी हुई प्रविष्टि बदलता है, Delete उसे हटाता है।</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="159" />
      <source>&amp;About backplan</source>
      <translation>backplan के बारे में (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="126" />
      <source>&amp;Backup…</source>
      <translation>बैकअप (&amp;B)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="98" />
      <source>&amp;Calendar (iCalendar)…</source>
      <translation>कैलेंडर (iCalendar) (&amp;C)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="133" />
      <source>&amp;Edit</source>
      <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="100" />
      <source>&amp;Events as a spreadsheet (CSV)…</source>
      <translation>दर्ज घटनाएँ स्प्रेडशीट के रूप में (CSV) (&amp;E)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="116" />
      <source>&amp;Export plan…</source>
      <translation>योजना निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="113" />
      <source>&amp;File</source>
      <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="155" />
      <source>&amp;Help</source>
      <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="115" />
      <source>&amp;Import plan…</source>
      <translation>योजना आयात करें (&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Log</source>
      <translation>डायरी (&amp;L)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="120" />
      <source>&amp;New patient…</source>
      <translation>नया मरीज़ (&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>योजना (&amp;P)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="129" />
      <source>&amp;Print…</source>
      <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="51" />
      <location filename="src/backplan/ui/shell/menus.py" line="131" />
      <source>&amp;Quit</source>
      <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="136" />
      <source>&amp;Redo</source>
      <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="127" />
      <source>&amp;Restore…</source>
      <translation>वापस लाएँ (&amp;R)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="48" />
      <source>&amp;Show backplan</source>
      <translation>backplan दिखाएँ (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>आज (&amp;T)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="134" />
      <source>&amp;Undo</source>
      <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="157" />
      <source>&amp;User guide</source>
      <translation>उपयोग गाइड (&amp;U)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="147" />
      <source>&amp;View</source>
      <translation>देखें (&amp;V)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="183" />
      <source>Back up</source>
      <translation>बैकअप लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="190" />
      <source>Backup failed</source>
      <translation>बैकअप नहीं हो सका</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="218" />
      <source>Backup not restored</source>
      <translation>बैकअप वापस नहीं लाया गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="192" />
      <source>Backup written to {path}</source>
      <translation>बैकअप {path} में सहेजा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="144" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="145" />
      <source>CSV files (*.csv)</source>
      <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="145" />
      <source>Clinic set-&amp;up…</source>
      <translation>क्लिनिक सेटअप (&amp;U)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="103" />
      <source>Clinic system (&amp;FHIR)…</source>
      <translation>क्लिनिक सिस्टम (FHIR) (&amp;F)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="102" />
      <source>E&amp;vents for Excel (CSV)…</source>
      <translation>Excel के लिए घटनाएँ (CSV) (&amp;V)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="206" />
      <source>Everything in backplan is replaced by the backup's contents. A copy of the current data is kept in the backups folder first.</source>
      <translation>backplan में सब कुछ बैकअप की सामग्री से बदल दिया जाएगा। उससे पहले अभी के डेटा की एक प्रति बैकअप फ़ोल्डर में रख ली जाती है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="49" />
      <source>Exercise descriptions and typical doses</source>
      <translation>व्यायामों का विवरण और सामान्य मात्रा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="172" />
      <source>Export failed</source>
      <translation>निर्यात नहीं हो सका</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="97" />
      <source>Export for &amp;other apps</source>
      <translation>दूसरे ऐप्स के लिए निर्यात करें (&amp;O)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="152" />
      <source>Export for a FHIR server</source>
      <translation>FHIR सर्वर के लिए निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="146" />
      <source>Export for a clinic system</source>
      <translation>क्लिनिक सिस्टम के लिए निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="113" />
      <source>Export plan</source>
      <translation>योजना निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="117" />
      <source>Export plan for &amp;patient…</source>
      <translation>मरीज़ के लिए योजना निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="145" />
      <source>Export the events</source>
      <translation>दर्ज घटनाएँ निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="144" />
      <source>Export the pain log</source>
      <translation>दर्द की डायरी निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="143" />
      <source>Export to a calendar</source>
      <translation>कैलेंडर में निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="146" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="152" />
      <source>FHIR JSON files (*.json)</source>
      <translation>FHIR JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="73" />
      <source>Import a plan file</source>
      <translation>योजना फ़ाइल आयात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="105" />
      <source>Import into a FHIR &amp;server (transaction)…</source>
      <translation>FHIR सर्वर में आयात के लिए (transaction) (&amp;S)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="102" />
      <source>Imported the plan of {name}.</source>
      <translation>{name} की योजना आयात हो गई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="48" />
      <source>Medicine label limits and cautions</source>
      <translation>दवा के लेबल की सीमाएँ और सावधानियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="122" />
      <source>New plan from &amp;template…</source>
      <translation>टेम्पलेट से नई योजना (&amp;T)…</translation>
    </message>
    <message>
      <source>P&amp;rogress</source>
      <translation>प्रगति (&amp;R)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="99" />
      <source>Pain &amp;log as a spreadsheet (CSV)…</source>
      <translation>दर्द की डायरी स्प्रेडशीट के रूप में (CSV) (&amp;L)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="101" />
      <source>Pain log for E&amp;xcel (CSV)…</source>
      <translation>Excel के लिए दर्द की डायरी (CSV) (&amp;X)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="36" />
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="41" />
      <source>Patient</source>
      <translation>मरीज़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="39" />
      <source>Patient:</source>
      <translation>मरीज़:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="125" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="129" />
      <source>Plan not exported</source>
      <translation>योजना निर्यात नहीं हुई</translation>
    </message>
    <message>
      <source>Pr&amp;int</source>
      <translation>प्रिंट (&amp;I)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="142" />
      <source>Pre&amp;ferences…</source>
      <translation>सेटिंग्स (&amp;F)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="50" />
      <source>Red-flag advice</source>
      <translation>ख़तरे के संकेतों पर सलाह</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="89" />
      <source>Replace the plan?</source>
      <translation>योजना बदलें?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="197" />
      <source>Restore a backup</source>
      <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="205" />
      <source>Restore this backup?</source>
      <translation>यह बैकअप वापस लाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="221" />
      <source>Restored. The data from before is kept in {path}</source>
      <translation>वापस लाया गया। पहले का डेटा {path} में रखा है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="123" />
      <source>Save plan as te&amp;mplate…</source>
      <translation>योजना को टेम्पलेट के रूप में सहेजें (&amp;M)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/section_stack.py" line="46" />
      <source>Sections</source>
      <translation>हिस्से</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="87" />
      <source>Start at login</source>
      <translation>लॉग इन करते ही शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/sections.py" line="162" />
      <source>This section could not be opened: {error}</source>
      <translation>यह हिस्सा खुल नहीं सका: {error}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/sections.py" line="159" />
      <source>This section is coming soon.</source>
      <translation>यह हिस्सा जल्द आ रहा है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/zone_notice.py" line="38" />
      <source>Times are shown in {plan}, the plan's time zone; this computer is set to {system}</source>
      <translation>समय योजना के समय क्षेत्र {plan} में दिखाए गए हैं; यह कंप्यूटर {system} पर सेट है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="131" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="174" />
      <source>Wrote {path}</source>
      <translation>{path} में सहेजा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/main_window.py" line="116" />
      <source>backplan (demo)</source>
      <translation>backplan (डेमो)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="183" />
      <source>backplan backups (*.sqlite3)</source>
      <translation>backplan बैकअप (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="199" />
      <source>backplan backups (*.sqlite3);;All files (*)</source>
      <translation>backplan बैकअप (*.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="69" />
      <source>backplan keeps reminding you while its window is closed. Open it again from your applications.</source>
      <translation>विंडो बंद होने पर भी backplan आपको याद दिलाता रहेगा। इसे अपने ऐप्लिकेशन में से फिर खोलें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="65" />
      <source>backplan keeps running here and will remind you.</source>
      <translation>backplan यहाँ चलता रहेगा और आपको याद दिलाएगा।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="28" />
      <source>born {date}</source>
      <translation>जन्म {date}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="143" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar फ़ाइलें (*.ics)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="90" />
      <source>{name} already has a plan here. Replace their plan, log and records with the file's? A backup is taken first.</source>
      <translation>{name} की योजना यहाँ पहले से है। क्या उनकी योजना, डायरी और रिकॉर्ड को फ़ाइल वाले से बदल दें? पहले बैकअप लिया जाता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/section_stack.py" line="75" />
      <source>{section} (Ctrl+{n})</source>
      <translation>{section} (Ctrl+{n})</translation>
    </message>
  </context>
  <context>
    <name>Notifications</name>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="94" />
      <source>Done</source>
      <translation>हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="125" />
      <source>Dose not recorded</source>
      <translation>खुराक दर्ज नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="72" />
      <source>Due now: {what}.</source>
      <translation>अभी करना है: {what}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="80" />
      <source>Missed reminders</source>
      <translation>छूटे हुए रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="81" />
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="95" />
      <source>Open backplan</source>
      <translation>backplan खोलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="115" />
      <source>Recorded.</source>
      <translation>दर्ज हो गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="95" />
      <source>Snooze 10 min</source>
      <translation>10 मिनट बाद याद दिलाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="92" />
      <source>Start</source>
      <translation>शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="90" />
      <source>Take</source>
      <translation>लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="117" />
      <source>backplan</source>
      <translation>backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="71" />
      <source>backplan reminder</source>
      <translation>backplan रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="121" />
      <source>{what} was not recorded. The reason is shown in the backplan window.</source>
      <translation>{what} दर्ज नहीं हुई। कारण backplan की विंडो में दिखाया गया है।</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="172" />
      <source>&amp;Create plan</source>
      <translation>योजना बनाएँ (&amp;C)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="117" />
      <source>&amp;Save template</source>
      <translation>टेम्पलेट सहेजें (&amp;S)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="162" />
      <source>&amp;Starts on:</source>
      <translation>शुरू होने का दिन (&amp;S):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="161" />
      <source>&amp;Time zone:</source>
      <translation>समय क्षेत्र (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="118" />
      <location filename="src/backplan/ui/plan/editor.py" line="173" />
      <source>Cancel</source>
      <translation>रद्द करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="159" />
      <source>First day of the new plan</source>
      <translation>नई योजना का पहला दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="134" />
      <location filename="src/backplan/ui/plan/editor.py" line="138" />
      <source>New plan from template</source>
      <translation>टेम्पलेट से नई योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="150" />
      <source>No templates yet: use “Save plan as template…” first.</source>
      <translation>अभी कोई टेम्पलेट नहीं है: पहले “योजना को टेम्पलेट के रूप में सहेजें…” का उपयोग करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="160" />
      <source>Patient &amp;name:</source>
      <translation>मरीज़ का नाम (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="154" />
      <source>Patient name</source>
      <translation>मरीज़ का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="95" />
      <location filename="src/backplan/ui/plan/editor.py" line="98" />
      <source>Save plan as template</source>
      <translation>योजना को टेम्पलेट के रूप में सहेजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="111" />
      <source>Template &amp;name:</source>
      <translation>टेम्पलेट का नाम (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="109" />
      <source>Template name</source>
      <translation>टेम्पलेट का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="140" />
      <source>Templates</source>
      <translation>टेम्पलेट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="101" />
      <source>The template keeps the plan, its medicines, activities and exercises. It does not keep the patient's name, log, records or tablet counts.</source>
      <translation>टेम्पलेट में योजना, उसकी दवाएँ, गतिविधियाँ और व्यायाम रखे जाते हैं। मरीज़ का नाम, डायरी, रिकॉर्ड और गोलियों की गिनती उसमें नहीं रखी जाती।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="155" />
      <source>Time zone</source>
      <translation>समय क्षेत्र</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="142" />
      <source>open-ended</source>
      <translation>कोई तय अंत नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="144" />
      <source>{name} — {title} ({length})</source>
      <translation>{name} — {title} ({length})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="142" />
      <source>{n} days</source>
      <translation>{n} दिन</translation>
    </message>
  </context>
  <context>
    <name>PlanForms</name>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="62" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="165" />
      <source> days</source>
      <translation> दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="159" />
      <source> h</source>
      <translation> घंटे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="100" />
      <location filename="src/backplan/ui/plan/activity_form.py" line="107" />
      <location filename="src/backplan/ui/plan/activity_form.py" line="111" />
      <source> min</source>
      <translation> मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="76" />
      <source> s</source>
      <translation> सेकंड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="168" />
      <source>&amp;Add this exercise</source>
      <translation>यह व्यायाम जोड़ें (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="58" />
      <source>&amp;Advice:</source>
      <translation>सलाह (&amp;A):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="71" />
      <source>&amp;Clinician:</source>
      <translation>चिकित्सक (&amp;C):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="113" />
      <source>&amp;Cold after:</source>
      <translation>बाद में ठंडी सेंक (&amp;C):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="60" />
      <source>&amp;Current schedule until:</source>
      <translation>मौजूदा समय-सारणी इस दिन तक (&amp;C):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="87" />
      <location filename="src/backplan/ui/plan/step_down_form.py" line="87" />
      <source>&amp;Dose:</source>
      <translation>खुराक (&amp;D):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="75" />
      <source>&amp;Goals (one a line):</source>
      <translation>लक्ष्य (हर पंक्ति में एक) (&amp;G):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="109" />
      <source>&amp;Heat before:</source>
      <translation>पहले गर्म सेंक (&amp;H):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="68" />
      <source>&amp;How to do it:</source>
      <translation>कैसे करें (&amp;H):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="93" />
      <source>&amp;Instructions:</source>
      <translation>निर्देश (&amp;I):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="94" />
      <source>&amp;Kind:</source>
      <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="105" />
      <source>&amp;Location:</source>
      <translation>जगह (&amp;L):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="67" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="82" />
      <source>&amp;Name:</source>
      <translation>नाम (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="95" />
      <source>&amp;Prescriber:</source>
      <translation>दवा लिखने वाले (&amp;P):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="83" />
      <source>&amp;Repetitions:</source>
      <translation>दोहराव (&amp;R):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="257" />
      <source>&amp;Save</source>
      <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="96" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="89" />
      <source>&amp;Schedule:</source>
      <translation>समय-सारणी (&amp;S):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="49" />
      <source>&amp;Starts on:</source>
      <translation>शुरू होने का दिन (&amp;S):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="42" />
      <source>&amp;Time zone:</source>
      <translation>समय क्षेत्र (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="89" />
      <source>&amp;Title:</source>
      <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="98" />
      <source>&amp;Units per dose:</source>
      <translation>हर खुराक में इकाइयाँ (&amp;U):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="147" />
      <source>(otherwise with the plan)</source>
      <translation>(नहीं तो योजना के साथ)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="97" />
      <source>1 (tablets or capsules per dose)</source>
      <translation>1 (हर खुराक में गोलियाँ या कैप्सूल)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="195" />
      <source>3 days' use</source>
      <translation>3 दिन की खपत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="131" />
      <source>A PNG or JPEG of at most 1 MiB, printed on the plan sheet</source>
      <translation>अधिकतम 1 MiB की PNG या JPEG तस्वीर, जो योजना पत्र पर छपती है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="112" />
      <source>A cold application that starts when the activity ends (1-30 minutes).</source>
      <translation>ठंडी सेंक, जो गतिविधि ख़त्म होने पर शुरू होती है (1-30 मिनट)।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="108" />
      <source>A heat application that ends when the activity starts (1-30 minutes).</source>
      <translation>गर्म सेंक, जो गतिविधि शुरू होने पर ख़त्म होती है (1-30 मिनट)।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="44" />
      <source>About the &amp;patient:</source>
      <translation>मरीज़ के बारे में (&amp;P):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="77" />
      <source>Activities to score, one a line</source>
      <translation>अंक देने वाली गतिविधियाँ, हर पंक्ति में एक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="72" />
      <source>Activities:</source>
      <translation>गतिविधियाँ:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="87" />
      <source>Activity title</source>
      <translation>गतिविधि का शीर्षक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="74" />
      <source>Ad&amp;vanced</source>
      <translation>उन्नत (&amp;V)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="71" />
      <source>Add a medicine</source>
      <translation>दवा जोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="78" />
      <source>Add an activity</source>
      <translation>गतिविधि जोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="177" />
      <source>Add c&amp;ustom…</source>
      <translation>अपना जोड़ें (&amp;U)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="176" />
      <source>Add from &amp;library…</source>
      <translation>सूची से जोड़ें (&amp;L)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="146" />
      <source>Add ingredient</source>
      <translation>घटक जोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Add…</source>
      <translation>जोड़ें…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="57" />
      <source>Advice when pain flares</source>
      <translation>दर्द अचानक बढ़ने पर सलाह</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="71" />
      <source>As needed, within limits</source>
      <translation>ज़रूरत होने पर, सीमाओं के भीतर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="166" />
      <source>At least this long between doses:</source>
      <translation>दो खुराकों के बीच कम से कम इतना समय:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="167" />
      <source>At most this many doses in 24 hours:</source>
      <translation>24 घंटे में ज़्यादा से ज़्यादा इतनी खुराकें:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="68" />
      <source>At set times of day</source>
      <translation>दिन के तय समय पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="131" />
      <source>At:</source>
      <translation>समय:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="169" />
      <location filename="src/backplan/ui/plan/form_base.py" line="258" />
      <source>Cancel</source>
      <translation>रद्द करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="144" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="150" />
      <source>Choose a picture</source>
      <translation>तस्वीर चुनें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="121" />
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="126" />
      <source>Choose an exercise</source>
      <translation>व्यायाम चुनें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="130" />
      <source>Choose picture…</source>
      <translation>तस्वीर चुनें…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="72" />
      <source>Clinician's &amp;role:</source>
      <translation>चिकित्सक की भूमिका (&amp;R):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="73" />
      <source>Clinician's c&amp;ontact:</source>
      <translation>चिकित्सक से संपर्क (&amp;O):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="69" />
      <source>Clinician's contact</source>
      <translation>चिकित्सक से संपर्क</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="64" />
      <source>Clinician's name</source>
      <translation>चिकित्सक का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="66" />
      <source>Clinician's role</source>
      <translation>चिकित्सक की भूमिका</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="110" />
      <source>Cold after, minutes</source>
      <translation>बाद में ठंडी सेंक, मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="188" />
      <source>Count the tablets on hand</source>
      <translation>पास में मौजूद गोलियों की गिनती रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="193" />
      <source>Counted on</source>
      <translation>गिनती की तारीख़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="166" />
      <source>Course length in days</source>
      <translation>कोर्स की अवधि, दिनों में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="181" />
      <source>Course:</source>
      <translation>कोर्स:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="52" />
      <source>Custom exercise</source>
      <translation>अपना व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="102" />
      <source>D&amp;uration:</source>
      <translation>अवधि (&amp;U):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="142" />
      <source>Date and time</source>
      <translation>तारीख़ और समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="63" />
      <source>Days the flare-up items run</source>
      <translation>दर्द के दौरे की चीज़ें कितने दिन चलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="85" />
      <source>Dose</source>
      <translation>खुराक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="86" />
      <source>Dose of the new step</source>
      <translation>नए चरण की खुराक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="165" />
      <source>Doses in any 24 hours, at most</source>
      <translation>किसी भी 24 घंटे में ज़्यादा से ज़्यादा खुराकें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="181" />
      <source>Down</source>
      <translation>नीचे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="101" />
      <source>Duration in minutes</source>
      <translation>अवधि, मिनटों में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="78" />
      <source>Edit activity</source>
      <translation>गतिविधि बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="71" />
      <source>Edit medicine</source>
      <translation>दवा बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="178" />
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Edit…</source>
      <translation>बदलें…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="369" />
      <source>Elsewhere in the plan ({where}): {problem}</source>
      <translation>योजना में कहीं और ({where}): {problem}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="142" />
      <location filename="src/backplan/ui/plan/details_form.py" line="53" />
      <source>Ends on</source>
      <translation>इस दिन ख़त्म होती है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="63" />
      <source>Exercise name</source>
      <translation>व्यायाम का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="137" />
      <source>Exercises</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="164" />
      <source>Exercises of this activity</source>
      <translation>इस गतिविधि के व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="189" />
      <source>Exercises:</source>
      <translation>व्यायाम:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="138" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="156" />
      <source>First day</source>
      <translation>पहला दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="48" />
      <source>First day of the plan</source>
      <translation>योजना का पहला दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="70" />
      <source>Flare-up activities</source>
      <translation>दर्द के दौरे की गतिविधियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="69" />
      <source>Flare-up medicines</source>
      <translation>दर्द के दौरे की दवाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="49" />
      <source>Flare-up plan</source>
      <translation>दर्द के दौरे की योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="124" />
      <source>Follow your flare-up plan.</source>
      <translation>दर्द के दौरे की अपनी योजना का पालन करें।</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>शुक्र</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="74" />
      <source>Goals, one a line</source>
      <translation>लक्ष्य, हर पंक्ति में एक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="84" />
      <source>H&amp;old:</source>
      <translation>रोककर रखें (&amp;O):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="106" />
      <source>Heat before, minutes</source>
      <translation>पहले गर्म सेंक, मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="74" />
      <source>Hold, seconds</source>
      <translation>रोककर रखें, सेकंड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="160" />
      <source>Hours between doses, at least</source>
      <translation>खुराकों के बीच कम से कम घंटे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="158" />
      <source>How the course length is given</source>
      <translation>कोर्स की अवधि कैसे दी गई है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="64" />
      <source>How to do it</source>
      <translation>कैसे करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="137" />
      <source>Ingredients</source>
      <translation>घटक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="152" />
      <source>Ingredients:</source>
      <translation>घटक:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="92" />
      <source>Instructions</source>
      <translation>निर्देश</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="71" />
      <source>Keep the dose at {time}</source>
      <translation>{time} की खुराक रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="75" />
      <source>Keep these &amp;times:</source>
      <translation>ये समय रखें (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="91" />
      <source>Kind of activity</source>
      <translation>गतिविधि का प्रकार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="67" />
      <source>Kind of schedule</source>
      <translation>समय-सारणी का प्रकार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="143" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="167" />
      <source>Last day</source>
      <translation>आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="59" />
      <source>Last day at the current schedule</source>
      <translation>मौजूदा समय-सारणी का आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="61" />
      <source>Last day of the new step</source>
      <translation>नए चरण का आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="54" />
      <source>Last day of the plan</source>
      <translation>योजना का आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="151" />
      <location filename="src/backplan/ui/plan/details_form.py" line="61" />
      <source>Last day:</source>
      <translation>आख़िरी दिन:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="118" />
      <source>Leave the days unticked for every day.</source>
      <translation>हर दिन के लिए किसी दिन पर निशान न लगाएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="104" />
      <source>Location</source>
      <translation>जगह</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="79" />
      <source>Medicine name</source>
      <translation>दवा का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="71" />
      <source>Medicines:</source>
      <translation>दवाएँ:</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>सोम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="115" />
      <location filename="src/backplan/ui/plan/details_form.py" line="84" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="86" />
      <source>N&amp;otes:</source>
      <translation>टिप्पणियाँ (&amp;O):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="62" />
      <source>New step &amp;until:</source>
      <translation>नया चरण इस दिन तक (&amp;U):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="161" />
      <source>No exercise matches; try fewer words, or add a custom exercise.</source>
      <translation>कोई व्यायाम मेल नहीं खाता; कम शब्दों से खोजें, या अपना व्यायाम जोड़ें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="128" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="181" />
      <source>No picture</source>
      <translation>कोई तस्वीर नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="410" />
      <source>Not yet: {problem}</source>
      <translation>अभी नहीं: {problem}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="114" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="81" />
      <source>Notes</source>
      <translation>टिप्पणियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="43" />
      <source>Notes about the patient</source>
      <translation>मरीज़ के बारे में टिप्पणियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="75" />
      <source>Offers a repeating rule in the iCalendar notation</source>
      <translation>iCalendar लिखावट में दोहराने का नियम देता है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="196" />
      <source>On hand:</source>
      <translation>पास में:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="143" />
      <source>On:</source>
      <translation>कब:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="69" />
      <source>Once</source>
      <translation>एक बार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="117" />
      <source>Only on:</source>
      <translation>केवल इन दिनों:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="82" />
      <source>PSFS &amp;activities (1-5):</source>
      <translation>PSFS गतिविधियाँ (1-5) (&amp;A):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="40" />
      <source>Patient &amp;name:</source>
      <translation>मरीज़ का नाम (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="39" />
      <source>Patient name</source>
      <translation>मरीज़ का नाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="69" />
      <source>Pict&amp;ure:</source>
      <translation>तस्वीर (&amp;U):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="181" />
      <source>Picture attached</source>
      <translation>तस्वीर जुड़ी है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="144" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>तस्वीरें (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="47" />
      <source>Plan &amp;title:</source>
      <translation>योजना का शीर्षक (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="36" />
      <source>Plan details</source>
      <translation>योजना का विवरण</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="83" />
      <source>Plan notes</source>
      <translation>योजना की टिप्पणियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="46" />
      <source>Plan title</source>
      <translation>योजना का शीर्षक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="376" />
      <source>Please check: {text}</source>
      <translation>कृपया जाँच लें: {text}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="94" />
      <source>Prescriber</source>
      <translation>दवा लिखने वाले</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="126" />
      <source>Recurrence rule</source>
      <translation>दोहराने का नियम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="194" />
      <source>Remind when fewer than</source>
      <translation>इससे कम बचने पर याद दिलाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="179" />
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Remove</source>
      <translation>हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="147" />
      <source>Remove ingredient</source>
      <translation>घटक हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="132" />
      <source>Remove picture</source>
      <translation>तस्वीर हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="193" />
      <source>Repeating rule (iCalendar RRULE) at a time</source>
      <translation>किसी समय पर दोहराने का नियम (iCalendar RRULE)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="72" />
      <source>Repetitions</source>
      <translation>दोहराव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="130" />
      <source>Rule:</source>
      <translation>नियम:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="64" />
      <source>Runs for:</source>
      <translation>कितने दिन चले:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="82" />
      <source>S&amp;ets:</source>
      <translation>सेट (&amp;E):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="150" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="180" />
      <source>S&amp;tarts on:</source>
      <translation>शुरू होने का दिन (&amp;T):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="247" />
      <source>Safety checks while you type</source>
      <translation>लिखते समय सुरक्षा जाँच</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>शनि</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="128" />
      <source>Search by name or purpose, e.g. hamstring</source>
      <translation>नाम या उद्देश्य से खोजें, जैसे hamstring</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="129" />
      <source>Search the exercises</source>
      <translation>व्यायाम खोजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="71" />
      <source>Sets</source>
      <translation>सेट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="85" />
      <source>Si&amp;de:</source>
      <translation>तरफ़ (&amp;D):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="78" />
      <source>Side</source>
      <translation>तरफ़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="40" />
      <source>Step down {name}</source>
      <translation>{name} को एक चरण कम करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="207" />
      <source>Stock:</source>
      <translation>स्टॉक:</translation>
    </message>
    <message>
      <source>Substance (generic name)</source>
      <translation>पदार्थ (जेनेरिक नाम)</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>रवि</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="52" />
      <source>The medicine stops at its current schedule on the day you choose. A new entry starts the day after with fewer times a day or a lower dose, as the prescriber wrote it, and runs to the course's last day.</source>
      <translation>आपके चुने हुए दिन दवा की मौजूदा समय-सारणी रुक जाती है। अगले दिन से एक नई प्रविष्टि शुरू होती है, जिसमें दिन में कम बार या कम खुराक होती है, जैसा दवा लिखने वाले ने लिखा है, और वह कोर्स के आख़िरी दिन तक चलती है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="54" />
      <source>This plan has a flare-up plan</source>
      <translation>इस योजना में दर्द के दौरे की योजना है</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>गुरु</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="128" />
      <source>Time of day</source>
      <translation>दिन का समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="41" />
      <source>Time zone</source>
      <translation>समय क्षेत्र</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="109" />
      <source>Times (24-hour):</source>
      <translation>समय (24 घंटे वाला):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="107" />
      <source>Times of day</source>
      <translation>दिन के समय</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>मंगल</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="221" />
      <source>Typical: {dose} ({source})</source>
      <translation>आम तौर पर: {dose} ({source})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="192" />
      <source>Units on hand</source>
      <translation>पास में मौजूद इकाइयाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="96" />
      <source>Units per dose</source>
      <translation>हर खुराक में इकाइयाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="180" />
      <source>Up</source>
      <translation>ऊपर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="80" />
      <source>Up to five activities the patient finds hard; the log scores each 0-10 (PSFS).</source>
      <translation>ज़्यादा से ज़्यादा पाँच गतिविधियाँ जो मरीज़ को कठिन लगती हैं; डायरी में हर एक को 0-10 अंक दिए जाते हैं (PSFS)।</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>बुध</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="80" />
      <source>as on the pack, e.g. Ibuprofen 200 mg</source>
      <translation>जैसा पैक पर लिखा है, जैसे Ibuprofen 200 mg</translation>
    </message>
    <message>
      <source>both sides together</source>
      <translation>दोनों तरफ़ एक साथ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="108" />
      <source>e.g. 08:00, 20:00</source>
      <translation>जैसे 08:00, 20:00</translation>
    </message>
    <message>
      <source>each side in turn</source>
      <translation>बारी-बारी से हर तरफ़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="159" />
      <source>for a number of days</source>
      <translation>तय दिनों तक</translation>
    </message>
    <message>
      <source>left only</source>
      <translation>केवल बाईं ओर</translation>
    </message>
    <message>
      <source>mg per dose</source>
      <translation>हर खुराक में mg</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="110" />
      <source>no cold</source>
      <translation>ठंडी सेंक नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="106" />
      <source>no heat</source>
      <translation>गर्म सेंक नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="74" />
      <source>no hold</source>
      <translation>रोकना नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="72" />
      <source>not set</source>
      <translation>तय नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="71" />
      <source>not set (1)</source>
      <translation>तय नहीं (1)</translation>
    </message>
    <message>
      <source>not set (both sides)</source>
      <translation>तय नहीं (दोनों तरफ़)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="198" />
      <source>on</source>
      <translation>तारीख़:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="200" />
      <source>remind below:</source>
      <translation>इससे कम पर याद दिलाएँ:</translation>
    </message>
    <message>
      <source>right only</source>
      <translation>केवल दाईं ओर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="160" />
      <source>until a last day</source>
      <translation>आख़िरी दिन तक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="86" />
      <source>what to take, e.g. 1 tablet</source>
      <translation>क्या लेना है, जैसे 1 गोली</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="133" />
      <source>{id}: {dates}, {schedule}, {dose}</source>
      <translation>{id}: {dates}, {schedule}, {dose}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="162" />
      <source>{name} cannot be read: {why}</source>
      <translation>{name} पढ़ी नहीं जा सकती: {why}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="165" />
      <source>{name} is not a PNG or JPEG picture.</source>
      <translation>{name} PNG या JPEG तस्वीर नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="170" />
      <source>{name}: the picture must be {what}.</source>
      <translation>{name}: तस्वीर {what} होनी चाहिए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="83" />
      <source>{substance} per dose</source>
      <translation>हर खुराक में {substance}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="85" />
      <source>{substance} per dose:</source>
      <translation>हर खुराक में {substance}:</translation>
    </message>
  </context>
  <context>
    <name>PlanModels</name>
    <message>
      <source>Activity</source>
      <translation>गतिविधि</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>कोर्स</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>खुराक</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>कितनी देर</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <source>Heat before / cold after</source>
      <translation>पहले गर्म / बाद में ठंडी सेंक</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>रोककर रखें</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>प्रकार</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>कितने दिन</translation>
    </message>
    <message>
      <source>Medicine</source>
      <translation>दवा</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>टिप्पणियाँ</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>समय-सारणी</translation>
    </message>
    <message>
      <source>Sets x reps</source>
      <translation>सेट × दोहराव</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>तरफ़</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="44" />
      <source>&amp;Add medicine…</source>
      <translation>दवा जोड़ें (&amp;A)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="45" />
      <source>&amp;Edit medicine…</source>
      <translation>दवा बदलें (&amp;E)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="111" />
      <source>&amp;Flare-up plan…</source>
      <translation>दर्द के दौरे की योजना (&amp;F)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="65" />
      <source>&amp;Start routine…</source>
      <translation>अभ्यास क्रम शुरू करें (&amp;S)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="81" />
      <source>A template named {name} exists. Replace it?</source>
      <translation>{name} नाम का टेम्पलेट पहले से है। क्या उसकी जगह यह रखें?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="40" />
      <source>Activities</source>
      <translation>गतिविधियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="123" />
      <source>Activities you want to get back to</source>
      <translation>वे गतिविधियाँ जिन्हें आप फिर से करना चाहते हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="39" />
      <source>Activities, heat and cold</source>
      <translation>गतिविधियाँ, गर्म और ठंडी सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="48" />
      <source>Add a&amp;ctivity…</source>
      <translation>गतिविधि जोड़ें (&amp;C)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="70" />
      <source>Add {name}</source>
      <translation>{name} जोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="127" />
      <source>Add {title}</source>
      <translation>{title} जोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="203" />
      <source>Clinician: {who}</source>
      <translation>चिकित्सक: {who}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="50" />
      <source>Delete activity</source>
      <translation>गतिविधि हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="166" />
      <source>Delete activity?</source>
      <translation>गतिविधि हटाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="47" />
      <source>Delete medicine</source>
      <translation>दवा हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="108" />
      <source>Delete medicine?</source>
      <translation>दवा हटाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="113" />
      <source>Delete {name}</source>
      <translation>{name} हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="109" />
      <source>Delete {name} from the plan? Its records stay in the log; you can undo this.</source>
      <translation>योजना से {name} हटाएँ? इसके रिकॉर्ड डायरी में बने रहेंगे; आप इसे पूर्ववत कर सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="171" />
      <source>Delete {title}</source>
      <translation>{title} हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="167" />
      <source>Delete {title} from the plan? Its records stay in the log; you can undo this.</source>
      <translation>योजना से {title} हटाएँ? इसके रिकॉर्ड डायरी में बने रहेंगे; आप इसे पूर्ववत कर सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="112" />
      <source>E&amp;xport plan for patient…</source>
      <translation>मरीज़ के लिए योजना निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="49" />
      <source>Edit ac&amp;tivity…</source>
      <translation>गतिविधि बदलें (&amp;T)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="292" />
      <source>Edit flare-up plan</source>
      <translation>दर्द के दौरे की योजना बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="276" />
      <source>Edit plan details</source>
      <translation>योजना का विवरण बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="95" />
      <source>Edit {name}</source>
      <translation>{name} बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="153" />
      <source>Edit {title}</source>
      <translation>{title} बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="56" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="60" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="90" />
      <source>Exercises</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="94" />
      <source>Exercises in “{title}”</source>
      <translation>“{title}” के व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="49" />
      <source>Export plan for patient</source>
      <translation>मरीज़ के लिए योजना निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="235" />
      <source>For {n} days after you start it:</source>
      <translation>शुरू करने के बाद {n} दिन तक:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="121" />
      <source>Goals</source>
      <translation>लक्ष्य</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="146" />
      <source>If your pain flares</source>
      <translation>अगर आपका दर्द अचानक बढ़ जाए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="38" />
      <location filename="src/backplan/ui/plan/medicines_page.py" line="39" />
      <source>Medicines</source>
      <translation>दवाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="208" />
      <location filename="src/backplan/ui/plan/view.py" line="211" />
      <source>None written down</source>
      <translation>कुछ नहीं लिखा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="84" />
      <source>Plan</source>
      <translation>योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="110" />
      <source>Plan &amp;details…</source>
      <translation>योजना का विवरण (&amp;D)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="107" />
      <location filename="src/backplan/ui/plan/workflow.py" line="117" />
      <source>Plan not created</source>
      <translation>योजना नहीं बनी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="58" />
      <source>Plan not exported</source>
      <translation>योजना निर्यात नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="67" />
      <source>Play the selected activity's exercises one at a time, then record it as done</source>
      <translation>चुनी गई गतिविधि के व्यायाम एक-एक करके चलाएँ, फिर उसे पूरा दर्ज करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="80" />
      <source>Replace the template?</source>
      <translation>टेम्पलेट की जगह यह रखें?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="135" />
      <location filename="src/backplan/ui/plan/view.py" line="262" />
      <source>Safety checks</source>
      <translation>सुरक्षा जाँच</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="262" />
      <source>Safety checks ({n})</source>
      <translation>सुरक्षा जाँच ({n})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="113" />
      <source>Save as te&amp;mplate…</source>
      <translation>टेम्पलेट के रूप में सहेजें (&amp;M)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="88" />
      <source>Saved the template {name}</source>
      <translation>टेम्पलेट {name} सहेजा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="58" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="91" />
      <source>Select an activity above to see its exercises.</source>
      <translation>व्यायाम देखने के लिए ऊपर कोई गतिविधि चुनें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="42" />
      <source>Select an activity to see its exercises below.</source>
      <translation>नीचे उसके व्यायाम देखने के लिए कोई गतिविधि चुनें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="46" />
      <source>Step &amp;down…</source>
      <translation>एक चरण कम करें (&amp;D)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="129" />
      <source>Step down {name}</source>
      <translation>{name} को एक चरण कम करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="86" />
      <source>Template not saved</source>
      <translation>टेम्पलेट सहेजा नहीं गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="139" />
      <source>The plan changed elsewhere</source>
      <translation>योजना कहीं और बदली गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="149" />
      <location filename="src/backplan/ui/plan/editing.py" line="157" />
      <source>The plan was not saved</source>
      <translation>योजना सहेजी नहीं गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="255" />
      <source>The safety checks found nothing to point out.</source>
      <translation>सुरक्षा जाँच में बताने लायक कुछ नहीं मिला।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="96" />
      <source>This activity has no exercises listed.</source>
      <translation>इस गतिविधि में कोई व्यायाम नहीं दिया गया है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="140" />
      <source>This plan was changed elsewhere (another window or the command line) since it was shown here. Nothing was overwritten; the plan has been reloaded, so make your change again.</source>
      <translation>यहाँ दिखाए जाने के बाद यह योजना कहीं और (किसी दूसरी विंडो या कमांड लाइन में) बदली गई। कुछ भी मिटाकर नहीं लिखा गया; योजना फिर से लोड कर दी गई है, इसलिए अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="205" />
      <source>Times are in {zone}</source>
      <translation>समय {zone} के अनुसार हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="60" />
      <source>Wrote the plan for the patient to {path}</source>
      <translation>मरीज़ के लिए योजना {path} में लिखी गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="49" />
      <source>backplan plan files (*.backplan.json);;All files (*)</source>
      <translation>backplan योजना फ़ाइलें (*.backplan.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="108" />
      <source>{zone} is not a time zone backplan knows.</source>
      <translation>{zone} ऐसा समय क्षेत्र नहीं है जिसे backplan जानता हो।</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="51" />
      <source> minutes</source>
      <translation> मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="104" />
      <source>&amp;Language:</source>
      <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="106" />
      <source>A new language is used from the next start.</source>
      <translation>नई भाषा अगली बार खोलने पर लागू होगी।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="96" />
      <source>C&amp;olours:</source>
      <translation>रंग (&amp;O):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="95" />
      <source>Colours</source>
      <translation>रंग</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="54" />
      <source>Counts as &amp;missed after:</source>
      <translation>इतने समय बाद छूटा हुआ माना जाए (&amp;M):</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>गहरे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="59" />
      <source>Keep reminding me</source>
      <translation>मुझे याद दिलाते रहें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="103" />
      <source>Language</source>
      <translation>भाषा</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>हल्के</translation>
    </message>
    <message>
      <source>Like the system</source>
      <translation>सिस्टम के जैसे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="42" />
      <location filename="src/backplan/ui/shell/preferences.py" line="45" />
      <source>Preferences</source>
      <translation>सेटिंग्स</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="58" />
      <source>Quit backplan</source>
      <translation>backplan बंद करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="78" />
      <source>Start backplan when I &amp;log in</source>
      <translation>मेरे लॉग इन करते ही backplan शुरू करें (&amp;L)</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="89" />
      <source>Text si&amp;ze:</source>
      <translation>अक्षरों का आकार (&amp;Z):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="88" />
      <source>Text size in percent</source>
      <translation>अक्षरों का आकार, प्रतिशत में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="71" />
      <source>This desktop shows no notifications and has no system tray, so reminders show in the window.</source>
      <translation>यह डेस्कटॉप सूचनाएँ नहीं दिखाता और इसमें सिस्टम ट्रे नहीं है, इसलिए रिमाइंडर विंडो में दिखते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="53" />
      <source>Time before a reminder counts as missed</source>
      <translation>रिमाइंडर कितनी देर बाद छूटा हुआ माना जाए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="63" />
      <source>When the window is &amp;closed:</source>
      <translation>विंडो बंद करने पर (&amp;C):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="62" />
      <source>When the window is closed</source>
      <translation>विंडो बंद करने पर</translation>
    </message>
  </context>
  <context>
    <name>PrintView</name>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="222" />
      <source>&lt;h2&gt;Nothing to print yet&lt;/h2&gt;&lt;p&gt;Once a plan is imported (File menu), print a plan sheet for the fridge, with the week's times and the exercise pictures, or a report for your clinician.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;अभी प्रिंट करने को कुछ नहीं है&lt;/h2&gt;&lt;p&gt;योजना आयात होने के बाद (फ़ाइल मेनू), फ्रिज पर लगाने के लिए सप्ताह के समय और व्यायाम के चित्रों वाली योजना-शीट प्रिंट करें, या अपने चिकित्सक के लिए रिपोर्ट।&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="258" />
      <source>A day in the week to print</source>
      <translation>प्रिंट किए जाने वाले सप्ताह का कोई दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="266" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="235" />
      <source>Clinician rep&amp;ort</source>
      <translation>चिकित्सक के लिए रिपोर्ट (&amp;O)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="236" />
      <source>Clinician report</source>
      <translation>चिकित्सक के लिए रिपोर्ट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="317" />
      <source>E&amp;xport PDF…</source>
      <translation>PDF निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="427" />
      <source>Export PDF</source>
      <translation>PDF निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="318" />
      <source>Export as PDF</source>
      <translation>PDF के रूप में निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="260" />
      <source>First day of the report</source>
      <translation>रिपोर्ट का पहला दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="242" />
      <source>For the fridge: the week's medicine times, activities, heat and cold, the exercises with their pictures, and when to get help.</source>
      <translation>फ्रिज पर लगाने के लिए: सप्ताह में दवा के समय, गतिविधियाँ, गर्म और ठंडी सेंक, चित्रों के साथ व्यायाम, और कब मदद लेनी है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="250" />
      <source>For your clinician: a summary page, the progress charts, the medication record with any overrides, adherence and the log.</source>
      <translation>आपके चिकित्सक के लिए: सारांश पृष्ठ, प्रगति चार्ट, दवाओं का रिकॉर्ड (नियम से हटकर ली गई खुराक सहित), योजना का पालन और डायरी।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="290" />
      <source>Fro&amp;m</source>
      <translation>से (&amp;M)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="261" />
      <source>Last day of the report</source>
      <translation>रिपोर्ट का आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="491" />
      <source>Monday {0} to Sunday {1}</source>
      <translation>सोमवार {0} से रविवार {1} तक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="227" />
      <source>No patient: import or start a plan to print</source>
      <translation>कोई मरीज़ नहीं: प्रिंट करने के लिए योजना आयात करें या शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="301" />
      <source>P&amp;aper</source>
      <translation>काग़ज़ (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="427" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="268" />
      <source>Paper size</source>
      <translation>काग़ज़ का आकार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="233" />
      <source>Plan &amp;sheet for one week</source>
      <translation>एक सप्ताह की योजना-शीट (&amp;S)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="234" />
      <source>Plan sheet for one week</source>
      <translation>एक सप्ताह की योजना-शीट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="330" />
      <source>Preparing the document</source>
      <translation>दस्तावेज़ तैयार हो रहा है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="523" />
      <source>Preparing the document…</source>
      <translation>दस्तावेज़ तैयार हो रहा है…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="311" />
      <source>Pri&amp;nt…</source>
      <translation>प्रिंट करें (&amp;N)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="312" />
      <source>Print</source>
      <translation>प्रिंट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="314" />
      <source>Print previe&amp;w…</source>
      <translation>प्रिंट से पहले देखें (&amp;W)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="315" />
      <source>Print preview</source>
      <translation>प्रिंट से पहले देखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="631" />
      <source>Print preview: {0}</source>
      <translation>प्रिंट से पहले देखें: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="334" />
      <source>Print status</source>
      <translation>प्रिंट की स्थिति</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="601" />
      <source>Print {0}</source>
      <translation>{0} प्रिंट करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="263" />
      <source>Report on the whole record</source>
      <translation>पूरे रिकॉर्ड की रिपोर्ट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="559" />
      <source>Saved {0}</source>
      <translation>{0} सहेजा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="624" />
      <source>Sent {0} pages to the printer.</source>
      <translation>{0} पृष्ठ प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="555" />
      <source>That did not work: {0}</source>
      <translation>यह नहीं हो सका: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="500" />
      <source>The report's last day is before its first; change one of them.</source>
      <translation>रिपोर्ट का आख़िरी दिन उसके पहले दिन से पहले का है; इनमें से एक को बदलें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="267" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="278" />
      <source>Wee&amp;k of</source>
      <translation>सप्ताह, जिसमें यह दिन है (&amp;K)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="294" />
      <source>What to print</source>
      <translation>क्या प्रिंट करना है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="262" />
      <source>Whole recor&amp;d</source>
      <translation>पूरा रिकॉर्ड (&amp;D)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="440" />
      <source>Writing {0}…</source>
      <translation>{0} लिखा जा रहा है…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="570" />
      <source>backplan</source>
      <translation>backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="643" />
      <source>clinician report</source>
      <translation>चिकित्सक के लिए रिपोर्ट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="642" />
      <source>plan sheet</source>
      <translation>योजना-शीट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="284" />
      <source>to</source>
      <translation>तक</translation>
    </message>
  </context>
  <context>
    <name>ProgressModels</name>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="136" />
      <source>A kind of activity, heat, cold, or a medicine</source>
      <translation>कोई गतिविधि, गर्म सेंक, ठंडी सेंक, या कोई दवा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="136" />
      <source>Activity or medicine</source>
      <translation>गतिविधि या दवा</translation>
    </message>
    <message>
      <source>Cold</source>
      <translation>ठंडी सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="139" />
      <source>Difference</source>
      <translation>अंतर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="102" />
      <source>Done</source>
      <translation>हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="104" />
      <source>Done as a share of those due</source>
      <translation>जितने करने थे, उनमें से कितने हुए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="103" />
      <source>Due</source>
      <translation>करना था</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <source>Heat</source>
      <translation>गर्म सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="103" />
      <source>How many were due in the period, up to now</source>
      <translation>इस अवधि में अब तक कितने करने थे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="102" />
      <source>How many were recorded as done</source>
      <translation>कितने पूरे होने के रूप में दर्ज हुए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="101" />
      <source>Kind of plan item</source>
      <translation>योजना की चीज़ का प्रकार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="137" />
      <source>Mean pain on days it was done (number of days)</source>
      <translation>जिन दिनों यह किया गया, उन दिनों का औसत दर्द (दिनों की संख्या)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="138" />
      <source>Mean pain on days it was not done (number of days)</source>
      <translation>जिन दिनों यह नहीं किया गया, उन दिनों का औसत दर्द (दिनों की संख्या)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="139" />
      <source>Mean pain with it minus without; negative means lower</source>
      <translation>इसके साथ का औसत दर्द घटा इसके बिना का; ऋण (−) का अर्थ है कम दर्द</translation>
    </message>
    <message>
      <source>Medicine doses</source>
      <translation>दवा की खुराकें</translation>
    </message>
    <message>
      <source>Other activities</source>
      <translation>अन्य गतिविधियाँ</translation>
    </message>
    <message>
      <source>Physical therapy</source>
      <translation>फ़िज़ियोथेरेपी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="104" />
      <source>Share</source>
      <translation>हिस्सा</translation>
    </message>
    <message>
      <source>Stretching</source>
      <translation>स्ट्रेचिंग</translation>
    </message>
    <message>
      <source>Walks</source>
      <translation>सैर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="101" />
      <source>What</source>
      <translation>क्या</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="137" />
      <source>With it</source>
      <translation>इसके साथ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="138" />
      <source>Without</source>
      <translation>इसके बिना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="112" />
      <source>none due yet</source>
      <translation>अभी कुछ बाकी नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="150" />
      <source>not enough days yet</source>
      <translation>अभी पर्याप्त दिन नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="179" />
      <source>{0} (n={1})</source>
      <translation>{0} (n={1})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="162" />
      <source>{0}: mean pain {1} on {2} days with it, {3} on {4} days without. This shows association, not cause.</source>
      <translation>{0}: इसके साथ वाले {2} दिनों में औसत दर्द {1}, इसके बिना वाले {4} दिनों में {3}। यह केवल साथ-साथ होना दिखाता है, कारण नहीं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="151" />
      <source>{0}: {1} days with it and {2} without so far; the means show from {3} days of each.</source>
      <translation>{0}: अब तक इसके साथ {1} दिन और इसके बिना {2} दिन; औसत दोनों तरफ़ {3} दिन होने पर दिखते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="114" />
      <source>{0}: {1} of {2} done</source>
      <translation>{0}: {2} में से {1} हुए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="178" />
      <source>– (n={0})</source>
      <translation>– (n={0})</translation>
    </message>
  </context>
  <context>
    <name>ProgressSummary</name>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="176" />
      <source>, starting {0}.</source>
      <translation>, {0} से शुरू।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="146" />
      <source>Done: {0}.</source>
      <translation>हो गया: {0}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="111" />
      <source>No pain entries in this period.</source>
      <translation>इस अवधि में दर्द की कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="77" />
      <source>Not enough PSFS scores in this period to show a change (two are needed).</source>
      <translation>बदलाव दिखाने के लिए इस अवधि में PSFS के पर्याप्त अंक नहीं हैं (दो चाहिए)।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="102" />
      <source>Nothing was logged or recorded in this period.</source>
      <translation>इस अवधि में कुछ भी लिखा या दर्ज नहीं किया गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="62" />
      <source>One pain entry: {0} on {1}.</source>
      <translation>दर्द की एक प्रविष्टि: {1} को {0}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="63" />
      <source>Pain went from {0} on {1} to {2} on {3}.</source>
      <translation>दर्द {1} को {0} था और {3} को {2} हुआ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="97" />
      <source>Progress chart for {0}, {1} to {2}.</source>
      <translation>{0} का प्रगति चार्ट, {1} से {2} तक।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="158" />
      <source>Side effects were logged on {0} day.</source>
      <translation>{0} दिन दुष्प्रभाव लिखे गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="158" />
      <source>Side effects were logged on {0} days.</source>
      <translation>{0} दिन दुष्प्रभाव लिखे गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="84" />
      <source>The PSFS average went from {0} on {1} to {2} on {3} ({4} points): {5}.</source>
      <translation>PSFS का औसत {1} को {0} था और {3} को {2} हुआ ({4} अंक): {5}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="109" />
      <source>The highest worst-pain score was {0}.</source>
      <translation>सबसे बुरे दर्द का सबसे ऊँचा अंक {0} था।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="116" />
      <source>The longest comfortable walk was {0} minutes, on {1}.</source>
      <translation>बिना तकलीफ़ के सबसे लंबी सैर {0} मिनट की थी, {1} को।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="68" />
      <source>The mean of the first week was {0}, of the last week {1}.</source>
      <translation>पहले सप्ताह का औसत {0} था, आख़िरी सप्ताह का {1}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="166" />
      <source>Warning signs (red flags) were logged on {0} day.</source>
      <translation>{0} दिन चेतावनी के संकेत (ख़तरे के संकेत) लिखे गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="166" />
      <source>Warning signs (red flags) were logged on {0} days.</source>
      <translation>{0} दिन चेतावनी के संकेत (ख़तरे के संकेत) लिखे गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="80" />
      <source>at least the {0}-point change that counts as meaningful</source>
      <translation>कम से कम उतना ({0} अंक) बदलाव, जो मायने रखता है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="82" />
      <source>less than the {0}-point change that counts as meaningful</source>
      <translation>मायने रखने वाले {0} अंकों के बदलाव से कम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="54" />
      <source>once</source>
      <translation>एक बार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="128" />
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0} dose taken</source>
      <translation>{0} खुराक ली गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="150" />
      <source>{0} dose was taken with a safety override.</source>
      <translation>{0} खुराक सुरक्षा नियम से हटकर ली गई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="128" />
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0} doses taken</source>
      <translation>{0} खुराकें ली गईं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="150" />
      <source>{0} doses were taken with a safety override.</source>
      <translation>{0} खुराकें सुरक्षा नियम से हटकर ली गईं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="175" />
      <source>{0} flare-up</source>
      <translation>दर्द का {0} दौरा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="175" />
      <source>{0} flare-ups</source>
      <translation>दर्द के {0} दौरे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="105" />
      <source>{0} pain entries.</source>
      <translation>दर्द की {0} प्रविष्टियाँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="105" />
      <source>{0} pain entry.</source>
      <translation>दर्द की {0} प्रविष्टि।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="54" />
      <source>{0} times</source>
      <translation>{0} बार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="139" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="124" />
      <source>{0}: course from {1} to {2}, {3}.</source>
      <translation>{0}: कोर्स {1} से {2} तक, {3}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0}: {1}.</source>
      <translation>{0}: {1}।</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="105" />
      <source>&amp;2 weeks</source>
      <translation>2 सप्ताह (&amp;2)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="108" />
      <source>&amp;All</source>
      <translation>सब (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="107" />
      <source>1 &amp;year</source>
      <translation>1 वर्ष (&amp;Y)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="106" />
      <source>3 &amp;months</source>
      <translation>3 महीने (&amp;M)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="100" />
      <source>&lt;b&gt;Activities you chose (PSFS)&lt;/b&gt;</source>
      <translation>&lt;b&gt;आपकी चुनी हुई गतिविधियाँ (PSFS)&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="128" />
      <source>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;Progress charts show your pain and what you did over time. Import the plan file from your physiotherapist or try the demo (File menu), log your pain for a few days, and the chart appears here.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;अभी कोई योजना नहीं है&lt;/h2&gt;&lt;p&gt;प्रगति चार्ट दिखाते हैं कि समय के साथ आपका दर्द कैसा रहा और आपने क्या-क्या किया। अपने फ़िज़ियोथेरेपिस्ट से मिली योजना फ़ाइल आयात करें या डेमो आज़माएँ (फ़ाइल मेनू), कुछ दिन अपना दर्द डायरी में लिखें, फिर चार्ट यहाँ दिखेगा।&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="69" />
      <source>Adherence</source>
      <translation>पालन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="65" />
      <source>Adherence and what helped</source>
      <translation>योजना का पालन और किससे मदद मिली</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="70" />
      <source>Adherence in this period</source>
      <translation>इस अवधि में योजना का पालन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="82" />
      <source>Building the chart</source>
      <translation>चार्ट बन रहा है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="90" />
      <source>E&amp;xport chart…</source>
      <translation>चार्ट निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/export.py" line="39" />
      <source>Export chart</source>
      <translation>चार्ट निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="91" />
      <source>Export the chart as PDF, PNG or SVG</source>
      <translation>चार्ट को PDF, PNG या SVG के रूप में निर्यात करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="75" />
      <source>First day shown</source>
      <translation>दिखाया गया पहला दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="121" />
      <source>Fr&amp;om</source>
      <translation>से (&amp;O)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="76" />
      <source>Last day shown</source>
      <translation>दिखाया गया आख़िरी दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="84" />
      <source>Mean pain on days with each activity or medicine, and on days without it; n is the number of days. Shown once there are 5 days of each.</source>
      <translation>हर गतिविधि या दवा वाले दिनों का और उसके बिना वाले दिनों का औसत दर्द; n दिनों की संख्या है। दोनों तरफ़ 5 दिन होने पर दिखता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="133" />
      <source>No patient: import or start a plan to see progress</source>
      <translation>कोई मरीज़ नहीं: प्रगति देखने के लिए योजना आयात करें या शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="72" />
      <source>Of what was due up to now, the share recorded as done.</source>
      <translation>अब तक जो करना था, उसमें से कितना हिस्सा पूरा दर्ज हुआ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/export.py" line="41" />
      <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
      <translation>PDF दस्तावेज़ (*.pdf);;PNG चित्र (*.png);;SVG चित्र (*.svg)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="99" />
      <source>PSFS change</source>
      <translation>PSFS में बदलाव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="200" />
      <source>Progress chart</source>
      <translation>प्रगति चार्ट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="108" />
      <source>Show everything recorded</source>
      <translation>जो कुछ दर्ज है, सब दिखाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="105" />
      <source>Show the last 2 weeks</source>
      <translation>पिछले 2 सप्ताह दिखाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="106" />
      <source>Show the last 3 months</source>
      <translation>पिछले 3 महीने दिखाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="107" />
      <source>Show the last year</source>
      <translation>पिछला वर्ष दिखाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="72" />
      <source>Show:</source>
      <translation>दिखाएँ:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="67" />
      <source>The chart appears here.</source>
      <translation>चार्ट यहाँ दिखेगा।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="313" />
      <source>The chart could not be built: {0}</source>
      <translation>चार्ट नहीं बन सका: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="557" />
      <source>The chart could not be exported: {0}</source>
      <translation>चार्ट निर्यात नहीं हो सका: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="272" />
      <source>The last day shown is before the first; change one of them.</source>
      <translation>दिखाया गया आख़िरी दिन पहले दिन से पहले का है; इनमें से एक को बदलें।</translation>
    </message>
    <message>
      <source>These figures show association, not cause: days with something done may differ from other days in many ways.</source>
      <translation>ये आँकड़े केवल साथ-साथ होना दिखाते हैं, कारण नहीं: जिन दिनों कुछ किया गया, वे दिन दूसरे दिनों से कई तरह से अलग हो सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="123" />
      <source>To</source>
      <translation>तक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="80" />
      <source>What helped</source>
      <translation>किससे मदद मिली</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="81" />
      <source>What helped?</source>
      <translation>किससे मदद मिली?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="76" />
      <source>What the chart shows</source>
      <translation>चार्ट क्या दिखाता है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="84" />
      <source>Working…</source>
      <translation>काम चल रहा है…</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="src/backplan/app.py" line="285" />
      <source>&amp;Restore the backup</source>
      <translation>बैकअप वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="268" />
      <source>No good backup was found, so backplan starts with an empty database.</source>
      <translation>कोई सही बैकअप नहीं मिला, इसलिए backplan ख़ाली डेटाबेस के साथ शुरू हो रहा है।</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="297" />
      <source>Restore failed</source>
      <translation>वापस नहीं लाया जा सका</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="287" />
      <source>Start &amp;empty</source>
      <translation>ख़ाली शुरू करें (&amp;E)</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="298" />
      <source>The backup could not be restored: {error}</source>
      <translation>बैकअप वापस नहीं लाया जा सका: {error}</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="258" />
      <source>The database was damaged</source>
      <translation>डेटाबेस ख़राब हो गया था</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="279" />
      <source>The newest good backup is from {date}. Restore it now?</source>
      <translation>सबसे नया सही बैकअप {date} का है। क्या उसे अभी वापस लाएँ?</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="260" />
      <source>backplan could not use its database ({problem}). It was moved aside, not deleted:
{moved}</source>
      <translation>backplan अपने डेटाबेस का उपयोग नहीं कर सका ({problem})। उसे हटाया नहीं गया, बल्कि अलग रख दिया गया है:
{moved}</translation>
    </message>
  </context>
  <context>
    <name>RedFlagAdvice</name>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="105" />
      <source>Source: {0}</source>
      <translation>स्रोत: {0}</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="312" />
      <source>1 reminder was missed while backplan was closed.</source>
      <translation>backplan बंद था, तब 1 रिमाइंडर छूट गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="306" />
      <source>1 reminder was missed while this computer was asleep.</source>
      <translation>यह कंप्यूटर स्लीप में था, तब 1 रिमाइंडर छूट गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="271" />
      <source>At this rate it runs out on {day}.</source>
      <translation>इसी रफ़्तार से यह {day} को ख़त्म हो जाएगी।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="318" />
      <source>Due now: {what}.</source>
      <translation>अभी करना है: {what}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="327" />
      <source>Missed reminders</source>
      <translation>छूटे हुए रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="275" />
      <source>Refill reminder</source>
      <translation>दवा फिर से लाने का रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="316" />
      <source>See Today for what is left.</source>
      <translation>क्या बाकी है, यह ‘आज’ में देखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="323" />
      <source>Time for your {time} dose</source>
      <translation>आपकी {time} वाली खुराक का समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="267" />
      <source>Time to get more {name}: {left} left.</source>
      <translation>और {name} लाने का समय है: {left} बाक़ी।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="325" />
      <source>backplan reminder</source>
      <translation>backplan रिमाइंडर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="295" />
      <source>{name} at {time}</source>
      <translation>{time} पर {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="314" />
      <source>{n} reminders were missed while backplan was closed.</source>
      <translation>backplan बंद था, तब {n} रिमाइंडर छूट गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="308" />
      <source>{n} reminders were missed while this computer was asleep.</source>
      <translation>यह कंप्यूटर स्लीप में था, तब {n} रिमाइंडर छूट गए।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="320" />
      <source>{n} things are due now:</source>
      <translation>अभी {n} काम करने हैं:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="299" />
      <source>{title} at {time}</source>
      <translation>{time} पर {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="298" />
      <source>{title}, {span}</source>
      <translation>{title}, {span}</translation>
    </message>
  </context>
  <context>
    <name>SafetyRules</name>
    <message>
      <source>OTC maximum</source>
      <translation>OTC अधिकतम मात्रा</translation>
    </message>
    <message>
      <source>acetaminophen total</source>
      <translation>एसिटामिनोफ़ेन की कुल मात्रा</translation>
    </message>
    <message>
      <source>age caution</source>
      <translation>उम्र की सावधानी</translation>
    </message>
    <message>
      <source>already taken</source>
      <translation>पहले ही ली जा चुकी</translation>
    </message>
    <message>
      <source>course dates</source>
      <translation>कोर्स की तारीख़ें</translation>
    </message>
    <message>
      <source>course length</source>
      <translation>कोर्स की अवधि</translation>
    </message>
    <message>
      <source>daily maximum</source>
      <translation>दिन में अधिकतम</translation>
    </message>
    <message>
      <source>duplicate NSAID</source>
      <translation>दो NSAID एक साथ</translation>
    </message>
    <message>
      <source>label maximum</source>
      <translation>लेबल की अधिकतम मात्रा</translation>
    </message>
    <message>
      <source>minimum interval</source>
      <translation>खुराकों के बीच कम से कम समय</translation>
    </message>
    <message>
      <source>no label limits</source>
      <translation>लेबल की कोई सीमा नहीं</translation>
    </message>
    <message>
      <source>red flag</source>
      <translation>ख़तरे का संकेत</translation>
    </message>
    <message>
      <source>sedating caution</source>
      <translation>नींद लाने की सावधानी</translation>
    </message>
    <message>
      <source>sedating combination</source>
      <translation>नींद लाने वाली दवाएँ एक साथ</translation>
    </message>
    <message>
      <source>unlabelled strength</source>
      <translation>लेबल पर न दी गई मात्रा</translation>
    </message>
    <message>
      <source>your plan</source>
      <translation>आपकी योजना</translation>
    </message>
  </context>
  <context>
    <name>SafetyTexts</name>
    <message>
      <source>Check your skin during and after; stop if it is very red, blistered, pale or numb.</source>
      <translation>सेंक के दौरान और बाद में अपनी त्वचा देखें; अगर वह बहुत लाल हो जाए, छाले पड़ें, पीली पड़ जाए या सुन्न हो जाए तो रोक दें।</translation>
    </message>
    <message>
      <source>Get medical help today</source>
      <translation>आज ही डॉक्टरी मदद लें</translation>
    </message>
    <message>
      <source>Go to an emergency department now</source>
      <translation>अभी किसी अस्पताल के आपातकालीन विभाग (इमरजेंसी) में जाएँ</translation>
    </message>
    <message>
      <source>Keep each application to 15-20 minutes at most.</source>
      <translation>हर बार सेंक ज़्यादा से ज़्यादा 15-20 मिनट तक ही करें।</translation>
    </message>
    <message>
      <source>Never use heat or cold on numb skin or where the circulation is poor.</source>
      <translation>सुन्न त्वचा पर या जहाँ ख़ून का दौरा (रक्त संचार) कमज़ोर हो, वहाँ गर्म या ठंडी सेंक कभी न करें।</translation>
    </message>
    <message>
      <source>Never use heat or cold while you sleep; use a heat pad that switches itself off.</source>
      <translation>सोते समय गर्म या ठंडी सेंक कभी न करें; ऐसा हीट पैड इस्तेमाल करें जो अपने-आप बंद हो जाता हो।</translation>
    </message>
    <message>
      <source>Put a cloth between your skin and the hot or cold pack.</source>
      <translation>अपनी त्वचा और गर्म या ठंडे पैक के बीच एक कपड़ा रखें।</translation>
    </message>
    <message>
      <source>Stop when the timer ends.</source>
      <translation>टाइमर ख़त्म होने पर रोक दें।</translation>
    </message>
    <message>
      <source>Warm, not hot: the pack should feel comfortably warm, never burning.</source>
      <translation>गर्म, पर ज़्यादा गर्म नहीं: पैक आराम से गर्म लगना चाहिए, कभी जलता हुआ नहीं।</translation>
    </message>
    <message>
      <source>What you recorded can be a sign of pressure on the nerves at the base of the spine (cauda equina syndrome) or on a nerve to the leg, which needs treatment within hours. Go to an emergency department or call the emergency number now; do not wait for an appointment. backplan cannot tell what is causing it.</source>
      <translation>आपने जो दर्ज किया है, वह रीढ़ के निचले सिरे की नसों पर दबाव (कॉडा इक्वाइना सिंड्रोम) या पैर की किसी नस पर दबाव का संकेत हो सकता है, जिसका इलाज कुछ ही घंटों में होना चाहिए। अभी किसी अस्पताल के आपातकालीन विभाग (इमरजेंसी) में जाएँ या आपातकालीन नंबर पर कॉल करें; अपॉइंटमेंट का इंतज़ार न करें। backplan यह नहीं बता सकता कि इसका कारण क्या है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/safety_texts.py" line="50" />
      <source>What you recorded: {0}.</source>
      <translation>आपने यह दर्ज किया: {0}।</translation>
    </message>
    <message>
      <source>You recorded a warning sign that a doctor should check today. Contact your doctor or an urgent care service now and tell them what you noticed. If you have numbness around your genitals or bottom, new trouble controlling your bladder or bowel, or numbness or weakness in both legs, go to an emergency department or call the emergency number straight away. backplan cannot tell what is causing it.</source>
      <translation>आपने चेतावनी का एक ऐसा संकेत दर्ज किया है जिसकी जाँच आज ही किसी डॉक्टर को करनी चाहिए। अभी अपने डॉक्टर या किसी तुरंत इलाज देने वाली सेवा (अर्जेंट केयर) से संपर्क करें और उन्हें बताएँ कि आपने क्या महसूस किया। अगर आपके जननांगों या नितंबों के आसपास सुन्नपन है, पेशाब या शौच पर नियंत्रण में नई परेशानी है, या दोनों पैरों में सुन्नपन या कमज़ोरी है, तो तुरंत किसी अस्पताल के आपातकालीन विभाग (इमरजेंसी) में जाएँ या आपातकालीन नंबर पर कॉल करें। backplan यह नहीं बता सकता कि इसका कारण क्या है।</translation>
    </message>
    <message>
      <source>backplan organizes the plan your clinician set. It does not give medical advice and never changes a dose. If something in the app differs from what your clinician or pharmacist told you, follow them and ask.</source>
      <translation>backplan आपके चिकित्सक की बनाई योजना को व्यवस्थित रखता है। यह डॉक्टरी सलाह नहीं देता और कभी कोई खुराक नहीं बदलता। अगर ऐप में कोई बात आपके चिकित्सक या फ़ार्मासिस्ट की बताई बात से अलग हो, तो उनकी बात मानें और उनसे पूछें।</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="44" />
      <source>&amp;Save pain</source>
      <translation>दर्द सहेजें (&amp;S)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="31" />
      <source>0 is no pain, 10 the worst you can imagine. Type it and press Enter.</source>
      <translation>0 यानी कोई दर्द नहीं, 10 यानी सबसे बुरा जिसकी आप कल्पना कर सकते हैं। संख्या लिखें और Enter दबाएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="47" />
      <source>A dose in the last 24 hours broke a safety rule</source>
      <translation>पिछले 24 घंटों में ली गई एक खुराक ने सुरक्षा का एक नियम तोड़ा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="90" />
      <source>Allowed now, if you need it.</source>
      <translation>ज़रूरत हो तो अभी ले सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="120" />
      <source>Before the plan was made</source>
      <translation>योजना बनने से पहले</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="74" />
      <source>Count my tablets of {name}</source>
      <translation>{name} की मेरी गोलियाँ गिनें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="73" />
      <source>Count…</source>
      <translation>गिनें…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Done</source>
      <translation>हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="122" />
      <source>Done at {time}</source>
      <translation>{time} पर हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="157" />
      <source>Done…</source>
      <translation>हो गया…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Due now</source>
      <translation>अभी करना है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="31" />
      <source>End flare-&amp;up</source>
      <translation>दर्द के दौरे की योजना समाप्त करें (&amp;U)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="32" />
      <source>End the flare-up plan now</source>
      <translation>दर्द के दौरे की योजना अभी समाप्त करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="150" />
      <source>Finish now</source>
      <translation>अभी पूरा करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="40" />
      <source>Flare-up day {day} of {days}</source>
      <translation>दर्द का दौरा: {days} में से दिन {day}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="335" />
      <source>How bad is the pain right now? Type a number from 0 to 10 and press Enter.</source>
      <translation>इस समय दर्द कितना है? 0 से 10 तक कोई संख्या लिखें और Enter दबाएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="29" />
      <source>How is your pain?</source>
      <translation>आपका दर्द कैसा है?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="49" />
      <source>I have read this advice</source>
      <translation>मैंने यह सलाह पढ़ ली है</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="50" />
      <source>I have read this advice: hide it from Today</source>
      <translation>मैंने यह सलाह पढ़ ली है: इसे ‘आज’ से हटाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="118" />
      <source>I'm having a fl&amp;are-up</source>
      <translation>मेरा दर्द अचानक बढ़ गया है (&amp;A)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="119" />
      <source>I'm having a flare-up: start the flare-up plan</source>
      <translation>मेरा दर्द अचानक बढ़ गया है: दर्द के दौरे की योजना शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="61" />
      <source>Last entry: pain {n} at {when}</source>
      <translation>पिछली प्रविष्टि: {when} पर दर्द {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Later today</source>
      <translation>आज बाद में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/courses_card.py" line="38" />
      <source>Medicine courses</source>
      <translation>दवाओं के कोर्स</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="101" />
      <source>Medicine: {dose}</source>
      <translation>दवा: {dose}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Missed</source>
      <translation>छूट गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="92" />
      <source>Next allowed at {time}</source>
      <translation>अगली खुराक {time} से ले सकते हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="88" />
      <source>No further dose is allowed under the label's limits.</source>
      <translation>लेबल की सीमाओं के अनुसार अब और खुराक नहीं ली जा सकती।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="158" />
      <source>Nothing is scheduled for today.</source>
      <translation>आज के लिए कुछ तय नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="57" />
      <source>Nothing logged yet.</source>
      <translation>अभी डायरी में कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="73" />
      <source>Now, {time}</source>
      <translation>अभी, {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="35" />
      <source>Pain &amp;now:</source>
      <translation>अभी दर्द (&amp;N):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="39" />
      <source>Pain now, 0 to 10</source>
      <translation>अभी दर्द, 0 से 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="145" />
      <source>Pain, medicines and courses</source>
      <translation>दर्द, दवाएँ और कोर्स</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="83" />
      <source>Recorded at {time} on {day}.</source>
      <translation>{day} को {time} पर दर्ज किया गया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="61" />
      <source>Running low: time to get more.</source>
      <translation>कम बची है: और लाने का समय है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="66" />
      <source>Runs out on {day} at this rate.</source>
      <translation>इसी रफ़्तार से {day} को ख़त्म हो जाएगी।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="45" />
      <source>Save pain entry</source>
      <translation>दर्द की प्रविष्टि सहेजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="158" />
      <source>Skip</source>
      <translation>छोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Skipped</source>
      <translation>छोड़ा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="160" />
      <source>Snooze</source>
      <translation>बाद में याद दिलाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="136" />
      <source>Snoozed until {time}</source>
      <translation>{time} तक टाला गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="152" />
      <source>Start</source>
      <translation>शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="156" />
      <source>Start routine</source>
      <translation>अभ्यास क्रम शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="45" />
      <source>Tablets left</source>
      <translation>बची हुई गोलियाँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="77" />
      <location filename="src/backplan/ui/today/row_parts.py" line="147" />
      <source>Take</source>
      <translation>लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="78" />
      <source>Take {name}</source>
      <translation>{name} लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="122" />
      <source>Taken at {time}</source>
      <translation>{time} पर ली गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="75" />
      <source>Taken today: {times}</source>
      <translation>आज ली गई: {times}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="157" />
      <source>The plan ended on {day}.</source>
      <translation>योजना {day} को समाप्त हो गई।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="155" />
      <source>The plan starts on {day}.</source>
      <translation>योजना {day} से शुरू होती है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="61" />
      <source>The record is kept as it is; your clinician's report lists it.</source>
      <translation>यह रिकॉर्ड जैसा है वैसा ही रखा गया है; आपके चिकित्सक की रिपोर्ट में यह दिखता है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="104" />
      <source>Today</source>
      <translation>आज</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="40" />
      <source>Today's timeline</source>
      <translation>आज की समय-रेखा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="291" />
      <source>Today, {day}</source>
      <translation>आज, {day}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="40" />
      <source>Type a number from 0 to 10 and press Enter to save it</source>
      <translation>0 से 10 तक कोई संख्या लिखें और सहेजने के लिए Enter दबाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="239" />
      <source>Type a number from 0 to 10 first.</source>
      <translation>पहले 0 से 10 तक की कोई संख्या लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="62" />
      <source>When needed</source>
      <translation>ज़रूरत होने पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="113" />
      <source>flare-up plan</source>
      <translation>दर्द के दौरे की योजना</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="52" />
      <source>no reason recorded</source>
      <translation>कोई कारण दर्ज नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="94" />
      <source>on {day}</source>
      <translation>{day} को</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="125" />
      <source>pain {before} → {after}</source>
      <translation>दर्द {before} → {after}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="130" />
      <source>recorded anyway: {reason}</source>
      <translation>फिर भी दर्ज किया गया: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="104" />
      <location filename="src/backplan/ui/today/row_parts.py" line="107" />
      <source>{kind}, {n} minutes</source>
      <translation>{kind}, {n} मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="53" />
      <source>{name}, taken at {time}: {rules} ({reason}).</source>
      <translation>{name}, {time} पर ली गई: {rules} ({reason})।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/courses_card.py" line="43" />
      <source>{name}: day {day} of {total}</source>
      <translation>{name}: {total} में से दिन {day}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="54" />
      <source>{name}: {left} left</source>
      <translation>{name}: {left} बाक़ी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="115" />
      <source>{time} left</source>
      <translation>{time} बाकी</translation>
    </message>
  </context>
  <context>
    <name>UndoGuard</name>
    <message>
      <location filename="src/backplan/ui/common/undo_guard.py" line="114" />
      <source>The plan of {name} was changed elsewhere (another workstation or the command line). The undo history was cleared, so Undo cannot take back that change.</source>
      <translation>{name} की योजना कहीं और बदली गई (किसी दूसरे कंप्यूटर पर या कमांड लाइन से)। पूर्ववत करने का इतिहास मिटा दिया गया, ताकि पूर्ववत करना उस बदलाव को वापस न ले सके।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/undo_guard.py" line="117" />
      <source>a patient</source>
      <translation>एक मरीज़</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="47" />
      <source>&amp;Close</source>
      <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="40" />
      <source>User guide</source>
      <translation>उपयोग गाइड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="36" />
      <source>backplan user guide</source>
      <translation>backplan उपयोग गाइड</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="75" />
      <source>&amp;Don't take</source>
      <translation>न लें (&amp;D)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="78" />
      <source>&amp;Record anyway</source>
      <translation>फिर भी दर्ज करें (&amp;R)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="106" />
      <source>0 is no pain, 10 the worst pain you can imagine</source>
      <translation>0 यानी कोई दर्द नहीं, 10 यानी सबसे बुरा दर्द जिसकी आप कल्पना कर सकते हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="155" />
      <source>About backplan</source>
      <translation>backplan के बारे में</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="117" />
      <source>Activity done</source>
      <translation>गतिविधि हो गई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="52" />
      <source>Dose not recorded</source>
      <translation>खुराक दर्ज नहीं हुई</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="71" />
      <source>For example: my doctor told me to take it today</source>
      <translation>उदाहरण: मेरे डॉक्टर ने आज लेने को कहा था</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="163" />
      <source>Free software under the GNU General Public License, version 3 or later ({spdx}).</source>
      <translation>GNU General Public License, संस्करण 3 या उसके बाद के संस्करण ({spdx}) के अंतर्गत मुक्त सॉफ़्टवेयर।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="121" />
      <source>How was your pain? 0 is no pain, 10 the worst you can imagine.</source>
      <translation>आपका दर्द कैसा था? 0 यानी कोई दर्द नहीं, 10 यानी सबसे बुरा जिसकी आप कल्पना कर सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="63" />
      <source>If your prescriber told you otherwise, you can record it anyway. Say why, so that the record shows it:</source>
      <translation>अगर दवा लिखने वाले डॉक्टर ने आपको कुछ और कहा था, तो आप इसे फिर भी दर्ज कर सकते हैं। कारण लिखें, ताकि रिकॉर्ड में दिखे:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="136" />
      <source>Mark &amp;done</source>
      <translation>हो गया चिह्नित करें (&amp;D)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="186" />
      <source>Medicine limits come from the medicines' labels; ask your prescriber or pharmacist about your own doses.</source>
      <translation>दवा की सीमाएँ दवाओं के लेबल से ली गई हैं; अपनी खुराक के बारे में दवा लिखने वाले डॉक्टर या फ़ार्मासिस्ट से पूछें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="127" />
      <source>Pain &amp;after:</source>
      <translation>बाद में दर्द (&amp;A):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="125" />
      <source>Pain &amp;before:</source>
      <translation>पहले दर्द (&amp;B):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="124" />
      <source>Pain after</source>
      <translation>बाद में दर्द</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="123" />
      <source>Pain before</source>
      <translation>पहले दर्द</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="70" />
      <source>Reason for recording anyway</source>
      <translation>फिर भी दर्ज करने का कारण</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="171" />
      <location filename="src/backplan/ui/common/dialogs.py" line="180" />
      <source>Sources of the bundled clinical content</source>
      <translation>साथ दी गई चिकित्सा सामग्री के स्रोत</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="58" />
      <source>The plan's safety rules say this dose should not be taken now:</source>
      <translation>योजना के सुरक्षा नियमों के अनुसार यह खुराक अभी नहीं लेनी चाहिए:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="160" />
      <source>Version {version}</source>
      <translation>संस्करण {version}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="168" />
      <source>backplan organizes the plan your clinician set; it is not medical advice.</source>
      <translation>backplan आपके चिकित्सक की बनाई योजना को व्यवस्थित रखता है; यह डॉक्टरी सलाह नहीं है।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="103" />
      <source>not recorded</source>
      <translation>दर्ज नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="57" />
      <source>{medicine} was not recorded</source>
      <translation>{medicine} दर्ज नहीं हुई</translation>
    </message>
  </context>
  <context>
    <name>formatting</name>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="190" />
      <source>1 day</source>
      <translation>1 दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="215" />
      <source>1 hour</source>
      <translation>1 घंटा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="232" />
      <source>1 rep</source>
      <translation>1 दोहराव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Cold</source>
      <translation>ठंडी सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="268" />
      <source>Cold after {title}</source>
      <translation>{title} के बाद ठंडी सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Exercise</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Fridays</source>
      <translation>हर शुक्रवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Heat</source>
      <translation>गर्म सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="266" />
      <source>Heat before {title}</source>
      <translation>{title} से पहले गर्म सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Medicine</source>
      <translation>दवा</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Mondays</source>
      <translation>हर सोमवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Other</source>
      <translation>अन्य</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Physical therapy</source>
      <translation>फ़िज़ियोथेरेपी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Saturdays</source>
      <translation>हर शनिवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Stretching</source>
      <translation>स्ट्रेचिंग</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Sundays</source>
      <translation>हर रविवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Thursdays</source>
      <translation>हर गुरुवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Tuesdays</source>
      <translation>हर मंगलवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Walk</source>
      <translation>सैर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Wednesdays</source>
      <translation>हर बुधवार</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="164" />
      <source>as needed: at least {hours} h apart, at most {count} in 24 h</source>
      <translation>ज़रूरत होने पर: कम से कम {hours} घंटे के अंतर पर, 24 घंटे में ज़्यादा से ज़्यादा {count}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="171" />
      <source>at {time}, repeating by the rule {rule}</source>
      <translation>{time} पर, नियम {rule} के अनुसार दोहराते हुए</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>both sides together</source>
      <translation>दोनों तरफ़ एक साथ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="223" />
      <source>cold {n} min after</source>
      <translation>बाद में {n} मिनट ठंडी सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="143" />
      <source>daily at {time}</source>
      <translation>रोज़ {time} पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="182" />
      <source>during a flare-up</source>
      <translation>दर्द के दौरे के समय</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>each side</source>
      <translation>हर तरफ़</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="144" />
      <source>every {n} days at {time}</source>
      <translation>हर {n} दिन में {time} पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="152" />
      <source>every {n} weeks, {days} at {time}</source>
      <translation>हर {n} सप्ताह में, {days} {time} पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="113" />
      <source>from {start}</source>
      <translation>{start} से</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="221" />
      <source>heat {n} min before</source>
      <translation>पहले {n} मिनट गर्म सेंक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="239" />
      <source>hold {n} s</source>
      <translation>{n} सेकंड रोकें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>left side</source>
      <translation>बाईं ओर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="189" />
      <source>no end date</source>
      <translation>कोई अंतिम तारीख़ नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="224" />
      <source>none</source>
      <translation>कोई नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="175" />
      <source>once, {day} at {time}</source>
      <translation>एक बार, {day} को {time} पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>right side</source>
      <translation>दाईं ओर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="151" />
      <source>{days} at {time}</source>
      <translation>{days} {time} पर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="88" />
      <source>{first} and {last}</source>
      <translation>{first} और {last}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="190" />
      <source>{n} days</source>
      <translation>{n} दिन</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="215" />
      <source>{n} hours</source>
      <translation>{n} घंटे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="213" />
      <source>{n} min</source>
      <translation>{n} मिनट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="232" />
      <source>{n} reps</source>
      <translation>{n} दोहराव</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="231" />
      <source>{n} sets</source>
      <translation>{n} सेट</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="234" />
      <source>{sets} sets x {reps}</source>
      <translation>{sets} सेट × {reps}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="116" />
      <source>{start} to {last}</source>
      <translation>{start} से {last} तक</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="161" />
      <source>{times} daily</source>
      <translation>रोज़ {times}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="162" />
      <source>{times} on {days}</source>
      <translation>{days} {times}</translation>
    </message>
  </context>
  <context>
    <name>routine_player</name>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="68" />
      <source>0 = no pain</source>
      <translation>0 = कोई दर्द नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="41" />
      <source>0 is no pain, 10 is the worst pain you can imagine. Type a number.</source>
      <translation>0 का अर्थ है कोई दर्द नहीं, 10 का अर्थ है सबसे बुरा दर्द जिसकी आप कल्पना कर सकते हैं। एक संख्या लिखें।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="69" />
      <source>10 = worst pain you can imagine</source>
      <translation>10 = सबसे बुरा दर्द जिसकी आप कल्पना कर सकते हैं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="195" />
      <source>About {m} minutes.</source>
      <translation>लगभग {m} मिनट।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Back</source>
      <translation>पीछे</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Back to the previous rep</source>
      <translation>पिछले दोहराव पर वापस</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="56" />
      <source>Change sides</source>
      <translation>दूसरी तरफ़ बदलें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="216" />
      <location filename="src/backplan/ui/routine/player.py" line="256" />
      <source>Choose your pain score first (type a number), then press Enter</source>
      <translation>पहले अपने दर्द का अंक चुनें (संख्या लिखें), फिर Enter दबाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="89" />
      <source>Chosen: {n} out of 10</source>
      <translation>चुना गया: 10 में से {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="303" />
      <source>Close</source>
      <translation>बंद करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="303" />
      <source>Close the routine</source>
      <translation>रूटीन बंद करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="208" />
      <source>Close without starting</source>
      <translation>शुरू किए बिना बंद करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/timer_ring.py" line="37" />
      <source>Countdown</source>
      <translation>उलटी गिनती</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="254" />
      <source>Done</source>
      <translation>हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="254" />
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="324" />
      <location filename="src/backplan/ui/routine/step_view.py" line="266" />
      <source>Escape</source>
      <translation>Escape</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="322" />
      <source>Exercise {n} of {total}</source>
      <translation>व्यायाम {n} / {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="298" />
      <source>Exercises</source>
      <translation>व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="474" />
      <source>Exercises done: {done} of {total}</source>
      <translation>हो चुके व्यायाम: {total} में से {done}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="240" />
      <location filename="src/backplan/ui/routine/player.py" line="395" />
      <source>Finished</source>
      <translation>पूरा हुआ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="346" />
      <source>From your clinician: {note}</source>
      <translation>आपके चिकित्सक की ओर से: {note}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="55" />
      <source>Get ready</source>
      <translation>तैयार हो जाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="53" />
      <source>Hold</source>
      <translation>रोककर रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="243" />
      <source>How is your pain now?</source>
      <translation>अब आपका दर्द कैसा है?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="201" />
      <source>How is your pain right now?</source>
      <translation>इस समय आपका दर्द कैसा है?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="220" />
      <location filename="src/backplan/ui/routine/step_view.py" line="223" />
      <source>How to do it</source>
      <translation>कैसे करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="324" />
      <source>Keep going</source>
      <translation>जारी रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="324" />
      <source>Keep going with the routine</source>
      <translation>रूटीन जारी रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="143" />
      <source>Keys: Space pause · Enter done · → skip · ← back · Page Down next exercise · Esc stop</source>
      <translation>कुंजियाँ: Space रोकें · Enter हो गया · → छोड़ें · ← पीछे · Page Down अगला व्यायाम · Esc बंद करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Left arrow or P</source>
      <translation>बायाँ तीर या P</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="44" />
      <source>Left side</source>
      <translation>बाईं ओर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="261" />
      <source>Next exercise</source>
      <translation>अगला व्यायाम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="76" />
      <source>Next: {what}</source>
      <translation>अगला: {what}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="208" />
      <source>Not now</source>
      <translation>अभी नहीं</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="86" />
      <source>Nothing chosen yet</source>
      <translation>अभी कुछ नहीं चुना गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="513" />
      <source>Nothing will be recorded if you stop now.</source>
      <translation>अगर आप अभी समाप्त करते हैं तो कुछ भी दर्ज नहीं होगा।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="264" />
      <source>Page Down</source>
      <translation>Page Down</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="54" />
      <source>Pain {n}</source>
      <translation>दर्द {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="476" />
      <source>Pain: {before} before, {after} after</source>
      <translation>दर्द: पहले {before}, बाद में {after}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="465" />
      <source>Partly done: {names}.</source>
      <translation>कुछ हिस्सा हुआ: {names}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <location filename="src/backplan/ui/routine/step_view.py" line="375" />
      <source>Pause</source>
      <translation>रोकें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="54" />
      <source>Paused</source>
      <translation>रुका हुआ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="90" />
      <source>Picture: {name}</source>
      <translation>चित्र: {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="58" />
      <source>Press Done when finished</source>
      <translation>पूरा होने पर ‘हो गया’ दबाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="341" />
      <source>Press Done when you have finished.</source>
      <translation>पूरा कर लेने पर ‘हो गया’ दबाएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="70" />
      <source>Rep {n} of {total}</source>
      <translation>दोहराव {n} / {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="57" />
      <source>Rest</source>
      <translation>आराम</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="375" />
      <source>Resume</source>
      <translation>फिर शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Right arrow or N</source>
      <translation>दायाँ तीर या N</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="46" />
      <source>Right side</source>
      <translation>दाईं ओर</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="105" />
      <source>Routine: {title}</source>
      <translation>रूटीन: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="253" />
      <source>Save</source>
      <translation>सहेजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="254" />
      <source>Save the routine as done</source>
      <translation>रूटीन को पूरा हुआ सहेजें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="490" />
      <source>Saved</source>
      <translation>सहेजा गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="69" />
      <source>Set {n} of {total}</source>
      <translation>सेट {n} / {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Skip</source>
      <translation>छोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Skip this step</source>
      <translation>यह चरण छोड़ें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="262" />
      <source>Skip to the next exercise</source>
      <translation>अगले व्यायाम पर जाएँ</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="467" />
      <source>Skipped: {names}.</source>
      <translation>छोड़े गए: {names}।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <source>Space</source>
      <translation>Space</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="213" />
      <source>Start</source>
      <translation>शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="214" />
      <source>Start the routine</source>
      <translation>रूटीन शुरू करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="266" />
      <source>Stop</source>
      <translation>समाप्त करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="343" />
      <source>Stop an exercise if it causes severe pain or pain that spreads, and tell your clinician.</source>
      <translation>अगर किसी व्यायाम से तेज़ दर्द हो या दर्द फैलने लगे, तो उसे रोक दें और अपने चिकित्सक को बताएँ।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="327" />
      <location filename="src/backplan/ui/routine/player.py" line="327" />
      <source>Stop and record what I did</source>
      <translation>समाप्त करें और जितना किया वह दर्ज करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="266" />
      <source>Stop the routine</source>
      <translation>रूटीन समाप्त करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="315" />
      <source>Stop the routine?</source>
      <translation>रूटीन समाप्त करें?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="330" />
      <location filename="src/backplan/ui/routine/player.py" line="330" />
      <source>Stop without recording</source>
      <translation>दर्ज किए बिना समाप्त करें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="395" />
      <source>Stopped early</source>
      <translation>बीच में समाप्त किया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="463" />
      <source>Stopped early.</source>
      <translation>बीच में समाप्त किया।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="294" />
      <source>Summary</source>
      <translation>सारांश</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="213" />
      <location filename="src/backplan/ui/routine/step_view.py" line="215" />
      <source>Take care</source>
      <translation>ध्यान रखें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="450" />
      <source>This could not be saved: {reason}</source>
      <translation>यह सहेजा नहीं जा सका: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="254" />
      <source>This rep is done</source>
      <translation>यह दोहराव हो गया</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="471" />
      <source>Time taken: {time}</source>
      <translation>लिया गया समय: {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="289" />
      <location filename="src/backplan/ui/routine/player.py" line="490" />
      <source>Well done!</source>
      <translation>बहुत बढ़िया!</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="511" />
      <source>You can record what you have done so far, or stop without recording.</source>
      <translation>अब तक जितना किया है, उसे दर्ज कर सकते हैं, या दर्ज किए बिना समाप्त कर सकते हैं।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="61" />
      <source>of {n}</source>
      <translation>{n} में से</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="59" />
      <source>{m} min {s} s</source>
      <translation>{m} मिनट {s} सेकंड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="193" />
      <source>{n} exercises, about {m} minutes.</source>
      <translation>{n} व्यायाम, लगभग {m} मिनट।</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="58" />
      <source>{s} s</source>
      <translation>{s} सेकंड</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="482" />
      <source>– {name} (skipped)</source>
      <translation>– {name} (छोड़ा गया)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="481" />
      <source>◐ {name} (partly done)</source>
      <translation>◐ {name} (कुछ हिस्सा हुआ)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="480" />
      <source>✓ {name}</source>
      <translation>✓ {name}</translation>
    </message>
  </context>
  <context>
    <name>widgets</name>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Caution</source>
      <translation>सावधानी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Get help</source>
      <translation>मदद लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Not allowed now</source>
      <translation>अभी नहीं ले सकते</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Note</source>
      <translation>टिप्पणी</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Please check</source>
      <translation>कृपया जाँच लें</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="236" />
      <source>Source: {source}</source>
      <translation>स्रोत: {source}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="261" />
      <source>{table}: column titles</source>
      <translation>{table}: कॉलम के शीर्षक</translation>
    </message>
  </context>
</TS>
