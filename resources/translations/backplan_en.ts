<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="258" />
      <source>Done: {title}</source>
      <translation>Done: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="106" />
      <location filename="src/backplan/ui/today/actions.py" line="188" />
      <source>Dose not recorded</source>
      <translation>Dose not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="378" />
      <source>End flare-up</source>
      <translation>End flare-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="374" />
      <source>Flare-up not ended</source>
      <translation>Flare-up not ended</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="362" />
      <source>Flare-up not started</source>
      <translation>Flare-up not started</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="379" />
      <source>Flare-up plan ended.</source>
      <translation>Flare-up plan ended.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="367" />
      <source>Flare-up plan started.</source>
      <translation>Flare-up plan started.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="220" />
      <source>I'll remind you again at {time}.</source>
      <translation>I'll remind you again at {time}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="210" />
      <location filename="src/backplan/ui/today/actions.py" line="256" />
      <source>Not recorded</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="348" />
      <source>Pain not recorded</source>
      <translation>Pain not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="352" />
      <source>Pain {n}</source>
      <translation>Pain {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="355" />
      <source>Pain {n} recorded at {time}.</source>
      <translation>Pain {n} recorded at {time}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="167" />
      <source>Recorded, with a warning</source>
      <translation>Recorded, with a warning</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="279" />
      <source>Routine: {title}</source>
      <translation>Routine: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="212" />
      <source>Skip {title}</source>
      <translation>Skip {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="163" />
      <source>Source: {source}</source>
      <translation>Source: {source}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="366" />
      <source>Start flare-up</source>
      <translation>Start flare-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="108" />
      <source>Take {name}</source>
      <translation>Take {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="191" />
      <source>Take {name} (recorded anyway)</source>
      <translation>Take {name} (recorded anyway)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="134" />
      <source>This counts as the {matched} dose of {name}, not the {named} one: the {matched} dose is not recorded yet. Record it as the {matched} dose now?</source>
      <translation>This counts as the {matched} dose of {name}, not the {named} one: the {matched} dose is not recorded yet. Record it as the {matched} dose now?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="133" />
      <source>Which dose is this?</source>
      <translation>Which dose is this?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="193" />
      <source>{name} recorded anyway, with your reason.</source>
      <translation>{name} recorded anyway, with your reason.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="110" />
      <source>{name} recorded as taken at {time}.</source>
      <translation>{name} recorded as taken at {time}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="168" />
      <source>{name} was recorded. Please check:</source>
      <translation>{name} was recorded. Please check:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="259" />
      <location filename="src/backplan/ui/today/actions.py" line="280" />
      <source>{title} recorded as done.</source>
      <translation>{title} recorded as done.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="213" />
      <source>{title} skipped.</source>
      <translation>{title} skipped.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/actions.py" line="294" />
      <source>{title}: {n} minutes started.</source>
      <translation>{title}: {n} minutes started.</translation>
    </message>
  </context>
  <context>
    <name>Announce</name>
    <message>
      <location filename="src/backplan/ui/common/announce.py" line="50" />
      <source>Latest confirmation</source>
      <translation>Latest confirmation</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="src/backplan/app.py" line="64" />
      <source>Reason: {reason}

Nothing was changed. Your backups are in {backups}. Start backplan with --debug for details.</source>
      <translation>Reason: {reason}

Nothing was changed. Your backups are in {backups}. Start backplan with --debug for details.</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="60" />
      <source>backplan could not open its data in {folder}.</source>
      <translation>backplan could not open its data in {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Banner</name>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="72" />
      <source>Dis&amp;miss</source>
      <translation>Dis&amp;miss</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="73" />
      <source>Dismiss the reminder</source>
      <translation>Dismiss the reminder</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="122" />
      <source>Done…</source>
      <translation>Done…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="92" />
      <source>Due now:</source>
      <translation>Due now:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="66" />
      <source>Reminder</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="89" />
      <source>Reminder: {title}</source>
      <translation>Reminder: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="123" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="124" />
      <source>Snooze 10 min</source>
      <translation>Snooze 10 min</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="120" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/banner.py" line="117" />
      <source>Take</source>
      <translation>Take</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <source>Add it up across every product you take that contains acetaminophen (paracetamol): they all count towards one daily maximum.</source>
      <translation>Add it up across every product you take that contains acetaminophen (paracetamol): they all count towards one daily maximum.</translation>
    </message>
    <message>
      <source>Dependence and withdrawal can occur: do not stop it suddenly; ask your prescriber how to stop.</source>
      <translation>Dependence and withdrawal can occur: do not stop it suddenly; ask your prescriber how to stop.</translation>
    </message>
    <message>
      <source>Dependence, withdrawal and misuse have been reported with long use; in the US it is a Schedule IV controlled substance.</source>
      <translation>Dependence, withdrawal and misuse have been reported with long use; in the US it is a Schedule IV controlled substance.</translation>
    </message>
    <message>
      <source>Do not drink alcohol while taking it.</source>
      <translation>Do not drink alcohol while taking it.</translation>
    </message>
    <message>
      <source>Do not stop it suddenly: ask your prescriber how to stop.</source>
      <translation>Do not stop it suddenly: ask your prescriber how to stop.</translation>
    </message>
    <message>
      <source>Do not take two NSAIDs together (for example ibuprofen, naproxen, aspirin or diclofenac).</source>
      <translation>Do not take two NSAIDs together (for example ibuprofen, naproxen, aspirin or diclofenac).</translation>
    </message>
    <message>
      <source>For short-term use only: up to two or three weeks.</source>
      <translation>For short-term use only: up to two or three weeks.</translation>
    </message>
    <message>
      <source>In 2007 the European Medicines Agency recommended suspending all carisoprodol authorisations because of misuse, addiction and impaired alertness and coordination.</source>
      <translation>In 2007 the European Medicines Agency recommended suspending all carisoprodol authorisations because of misuse, addiction and impaired alertness and coordination.</translation>
    </message>
    <message>
      <source>It can make you drowsy, and road accidents have been reported: do not drive or operate machinery until you know how it affects you.</source>
      <translation>It can make you drowsy, and road accidents have been reported: do not drive or operate machinery until you know how it affects you.</translation>
    </message>
    <message>
      <source>It can make you drowsy: do not drive or operate machinery until you know how it affects you.</source>
      <translation>It can make you drowsy: do not drive or operate machinery until you know how it affects you.</translation>
    </message>
    <message>
      <source>It passes into breast milk: if you breastfeed, watch your baby for unusual sleepiness and tell your prescriber.</source>
      <translation>It passes into breast milk: if you breastfeed, watch your baby for unusual sleepiness and tell your prescriber.</translation>
    </message>
    <message>
      <source>Its label allows at most 5 days of ketorolac in all, injections included.</source>
      <translation>Its label allows at most 5 days of ketorolac in all, injections included.</translation>
    </message>
    <message>
      <source>Its label carries a boxed warning: take it exactly as prescribed.</source>
      <translation>Its label carries a boxed warning: take it exactly as prescribed.</translation>
    </message>
    <message>
      <source>Its safety has not been established in people under 16 or over 65.</source>
      <translation>Its safety has not been established in people under 16 or over 65.</translation>
    </message>
    <message>
      <source>Not for children and teenagers under 16: it can cause Reye's syndrome.</source>
      <translation>Not for children and teenagers under 16: it can cause Reye's syndrome.</translation>
    </message>
    <message>
      <source>Other sedating medicines (opioids, benzodiazepines, other muscle relaxants, gabapentin, pregabalin, tricyclic antidepressants) add to its drowsiness; tell your prescriber about every medicine you take.</source>
      <translation>Other sedating medicines (opioids, benzodiazepines, other muscle relaxants, gabapentin, pregabalin, tricyclic antidepressants) add to its drowsiness; tell your prescriber about every medicine you take.</translation>
    </message>
    <message>
      <source>People whose bodies break it down slowly (CYP2C19 poor metabolizers: about 15-20 % of Asian people and 3-5 % of White and African American people) get about four times the usual exposure.</source>
      <translation>People whose bodies break it down slowly (CYP2C19 poor metabolizers: about 15-20 % of Asian people and 3-5 % of White and African American people) get about four times the usual exposure.</translation>
    </message>
    <message>
      <source>Some products cap the total at 3,000 mg in 24 hours; the product's own cap wins.</source>
      <translation>Some products cap the total at 3,000 mg in 24 hours; the product's own cap wins.</translation>
    </message>
    <message>
      <source>Stopping abruptly after long use can cause withdrawal; ask your prescriber how to stop.</source>
      <translation>Stopping abruptly after long use can cause withdrawal; ask your prescriber how to stop.</translation>
    </message>
    <message>
      <source>Taken together with an opioid, a benzodiazepine, carisoprodol, gabapentin or pregabalin, or with alcohol, it can slow or stop your breathing; tell your prescriber about every medicine you take.</source>
      <translation>Taken together with an opioid, a benzodiazepine, carisoprodol, gabapentin or pregabalin, or with alcohol, it can slow or stop your breathing; tell your prescriber about every medicine you take.</translation>
    </message>
    <message>
      <source>Taken with an opioid it can slow or stop your breathing; tell your prescriber about every medicine you take.</source>
      <translation>Taken with an opioid it can slow or stop your breathing; tell your prescriber about every medicine you take.</translation>
    </message>
    <message>
      <source>Taken with opioids or benzodiazepines it can slow or stop your breathing. Tell your prescriber about every medicine you take, tricyclic antidepressants, gabapentin and pregabalin included.</source>
      <translation>Taken with opioids or benzodiazepines it can slow or stop your breathing. Tell your prescriber about every medicine you take, tricyclic antidepressants, gabapentin and pregabalin included.</translation>
    </message>
    <message>
      <source>The US label lists 250 mg and 350 mg tablets; 500 mg is not a labelled strength in the US, so follow your prescriber.</source>
      <translation>The US label lists 250 mg and 350 mg tablets; 500 mg is not a labelled strength in the US, so follow your prescriber.</translation>
    </message>
    <message>
      <source>The label allows at most 3 doses in 24 hours.</source>
      <translation>The label allows at most 3 doses in 24 hours.</translation>
    </message>
    <message>
      <source>The risk of stomach bleeding is higher if you are 60 or older, have had a stomach ulcer, take a blood thinner or a steroid, or have 3 or more alcoholic drinks a day.</source>
      <translation>The risk of stomach bleeding is higher if you are 60 or older, have had a stomach ulcer, take a blood thinner or a steroid, or have 3 or more alcoholic drinks a day.</translation>
    </message>
    <message>
      <source>There is no missed-dose guidance on the label: ask your pharmacist.</source>
      <translation>There is no missed-dose guidance on the label: ask your pharmacist.</translation>
    </message>
    <message>
      <source>Too much acetaminophen (paracetamol) can cause severe liver damage.</source>
      <translation>Too much acetaminophen (paracetamol) can cause severe liver damage.</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</source>
      <translation>Without a doctor's advice, the US OTC label allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label allows at most 1,200 mg in 24 hours (200 mg tablets, 1-2 every 4-6 hours) and at most 10 days for pain.</source>
      <translation>Without a doctor's advice, the US OTC label allows at most 1,200 mg in 24 hours (200 mg tablets, 1-2 every 4-6 hours) and at most 10 days for pain.</translation>
    </message>
    <message>
      <source>Without a doctor's advice, the US OTC label for naproxen sodium allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</source>
      <translation>Without a doctor's advice, the US OTC label for naproxen sodium allows 220 mg every 8-12 hours, at most 3 tablets (660 mg) in 24 hours, and at most 10 days for pain.</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="242" />
      <source>7-day mean</source>
      <translation>7-day mean</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="167" />
      <source>Activities you chose (PSFS average): 0 unable, 10 as before the injury</source>
      <translation>Activities you chose (PSFS average): 0 unable, 10 as before the injury</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="562" />
      <source>Dose taken</source>
      <translation>Dose taken</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="524" />
      <source>Flare-up</source>
      <translation>Flare-up</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="166" />
      <source>Longest comfortable walk</source>
      <translation>Longest comfortable walk</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="552" />
      <source>Medicine course</source>
      <translation>Medicine course</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="166" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="167" />
      <source>PSFS (0-10)</source>
      <translation>PSFS (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="210" />
      <source>PSFS average</source>
      <translation>PSFS average</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="161" />
      <source>PSFS average, 0-10 (10 = as before the injury)</source>
      <translation>PSFS average, 0-10 (10 = as before the injury)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="588" />
      <location filename="src/backplan/reports/chart_style.py" line="159" />
      <source>Pain</source>
      <translation>Pain</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="165" />
      <source>Pain (0-10)</source>
      <translation>Pain (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="239" />
      <source>Pain (each entry)</source>
      <translation>Pain (each entry)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="165" />
      <source>Pain, 0 (none) to 10 (worst imaginable)</source>
      <translation>Pain, 0 (none) to 10 (worst imaginable)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="168" />
      <source>Plan and what was done</source>
      <translation>Plan and what was done</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="535" />
      <source>Red flag logged</source>
      <translation>Red flag logged</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="142" />
      <source>Red flags</source>
      <translation>Red flags</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="140" />
      <source>Side effects</source>
      <translation>Side effects</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="575" />
      <source>Taken with a safety override</source>
      <translation>Taken with a safety override</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="377" />
      <source>Walking minutes</source>
      <translation>Walking minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="160" />
      <source>Walking, minutes</source>
      <translation>Walking, minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="162" />
      <source>What was done</source>
      <translation>What was done</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_figure.py" line="254" />
      <source>Worst pain (last 24 h)</source>
      <translation>Worst pain (last 24 h)</translation>
    </message>
    <message>
      <location filename="src/backplan/reports/chart_style.py" line="135" />
      <location filename="src/backplan/reports/chart_style.py" line="138" />
      <source>{label} done</source>
      <translation>{label} done</translation>
    </message>
  </context>
  <context>
    <name>ClinicSetup</name>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="68" />
      <source>A changed database is used from the next start. Never put the password in the URL: backplan refuses it.</source>
      <translation>A changed database is used from the next start. Never put the password in the URL: backplan refuses it.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="52" />
      <source>Clinic &amp;database (PostgreSQL URL):</source>
      <translation>Clinic &amp;database (PostgreSQL URL):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="35" />
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="39" />
      <source>Clinic set-up</source>
      <translation>Clinic set-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="50" />
      <source>Empty: this computer's own database file</source>
      <translation>Empty: this computer's own database file</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="42" />
      <source>For a clinic whose computers share one database. At home, leave this empty: backplan keeps everything in a file on this computer.</source>
      <translation>For a clinic whose computers share one database. At home, leave this empty: backplan keeps everything in a file on this computer.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/clinic_setup.py" line="97" />
      <source>Not accepted: {reason}</source>
      <translation>Not accepted: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Connection</name>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="176" />
      <source>&amp;Try again now</source>
      <translation>&amp;Try again now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="204" />
      <source>Connected to the database server again. Everything shown was read afresh.</source>
      <translation>Connected to the database server again. Everything shown was read afresh.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="171" />
      <source>Connection to the database server</source>
      <translation>Connection to the database server</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="191" />
      <source>No connection to the database server since {time}. backplan tries again every few seconds. Nothing can be saved until then; what you enter is kept.</source>
      <translation>No connection to the database server since {time}. backplan tries again every few seconds. Nothing can be saved until then; what you enter is kept.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/connection.py" line="54" />
      <source>Not saved: there is no connection to the database server. What you entered is kept here; save it again once the connection is back (backplan keeps trying).</source>
      <translation>Not saved: there is no connection to the database server. What you entered is kept here; save it again once the connection is back (backplan keeps trying).</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="29" />
      <source>1 tablet</source>
      <translation>1 tablet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="45" />
      <source>Count my tablets</source>
      <translation>Count my tablets</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="48" />
      <source>How many of {name} do you have now?</source>
      <translation>How many of {name} do you have now?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="61" />
      <source>backplan expects {count} now.</source>
      <translation>backplan expects {count} now.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/count_dialog.py" line="30" />
      <source>{n} tablets</source>
      <translation>{n} tablets</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="164" />
      <source>&amp;Create plan</source>
      <translation>&amp;Create plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="150" />
      <source>&amp;Start date:</source>
      <translation>&amp;Start date:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="148" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Time zone:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="316" />
      <source>Demo starting</source>
      <translation>Demo starting</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="250" />
      <source>How would you like to start?</source>
      <translation>How would you like to start?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="295" />
      <source>Import a plan file</source>
      <translation>Import a plan file</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="258" />
      <source>Import a plan file from your physiotherapist</source>
      <translation>Import a plan file from your physiotherapist</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="139" />
      <location filename="src/backplan/ui/common/first_run.py" line="177" />
      <source>My back plan</source>
      <translation>My back plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="259" />
      <source>Open the .backplan.json file you were given. Nothing is changed if the file has a problem.</source>
      <translation>Open the .backplan.json file you were given. Nothing is changed if the file has a problem.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="264" />
      <source>Opens a second window with an example patient and six weeks of made-up history. Your own data is not touched.</source>
      <translation>Opens a second window with an example patient and six weeks of made-up history. Your own data is not touched.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="147" />
      <source>Patient &amp;name:</source>
      <translation>Patient &amp;name:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="126" />
      <source>Patient name</source>
      <translation>Patient name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="149" />
      <source>Plan &amp;title:</source>
      <translation>Plan &amp;title:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="79" />
      <location filename="src/backplan/ui/common/first_run.py" line="84" />
      <source>Plan not imported</source>
      <translation>Plan not imported</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="140" />
      <source>Plan title</source>
      <translation>Plan title</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="157" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="115" />
      <location filename="src/backplan/ui/common/first_run.py" line="119" />
      <location filename="src/backplan/ui/common/first_run.py" line="253" />
      <source>Start a new plan</source>
      <translation>Start a new plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="145" />
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="324" />
      <source>The demo could not be started from here. Run this command in a terminal:</source>
      <translation>The demo could not be started from here. Run this command in a terminal:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="317" />
      <source>The demo opens in a window of its own in a moment. Your own data is not touched.</source>
      <translation>The demo opens in a window of its own in a moment. Your own data is not touched.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="80" />
      <source>This file could not be imported. Nothing was changed.</source>
      <translation>This file could not be imported. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="138" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="263" />
      <location filename="src/backplan/ui/common/first_run.py" line="323" />
      <source>Try the demo</source>
      <translation>Try the demo</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="254" />
      <source>Type in your name and the plan's start date; add medicines and exercises afterwards.</source>
      <translation>Type in your name and the plan's start date; add medicines and exercises afterwards.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="239" />
      <source>Welcome to backplan</source>
      <translation>Welcome to backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="121" />
      <source>You can add medicines, activities and exercises in the Plan section afterwards.</source>
      <translation>You can add medicines, activities and exercises in the Plan section afterwards.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="241" />
      <source>backplan keeps the plan your clinician set for your back in one place: when to take each medicine, your exercises and therapy sessions, heat before and cold after, and a diary of your pain. It reminds you when something is due. It does not give medical advice or change a dose.</source>
      <translation>backplan keeps the plan your clinician set for your back in one place: when to take each medicine, your exercises and therapy sessions, heat before and cold after, and a diary of your pain. It reminds you when something is due. It does not give medical advice or change a dose.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="279" />
      <source>backplan organizes the plan your clinician set; it is not medical advice.</source>
      <translation>backplan organizes the plan your clinician set; it is not medical advice.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="295" />
      <source>backplan plan files (*.backplan.json);;JSON files (*.json);;All files (*)</source>
      <translation>backplan plan files (*.backplan.json);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/first_run.py" line="190" />
      <source>“{zone}” is not a time zone backplan knows. Pick one from the list.</source>
      <translation>“{zone}” is not a time zone backplan knows. Pick one from the list.</translation>
    </message>
  </context>
  <context>
    <name>FormWords</name>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="44" />
      <source>Another item of the plan already has this name: please choose another.</source>
      <translation>Another item of the plan already has this name: please choose another.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="42" />
      <source>Please add at least one.</source>
      <translation>Please add at least one.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="68" />
      <source>Please enter {what}.</source>
      <translation>Please enter {what}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="23" />
      <source>Please fill this in.</source>
      <translation>Please fill this in.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="34" />
      <source>Please shorten this to {n} characters or fewer.</source>
      <translation>Please shorten this to {n} characters or fewer.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="41" />
      <source>Please write a number.</source>
      <translation>Please write a number.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="39" />
      <source>Please write a whole number.</source>
      <translation>Please write a whole number.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="32" />
      <source>Please write at least {n} characters.</source>
      <translation>Please write at least {n} characters.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="46" />
      <source>The name needs at least one letter or digit.</source>
      <translation>The name needs at least one letter or digit.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="52" />
      <source>The repeating rule is not complete, e.g. FREQ=WEEKLY;BYDAY=TU,FR.</source>
      <translation>The repeating rule is not complete, e.g. FREQ=WEEKLY;BYDAY=TU,FR.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="38" />
      <source>This is not a date on the calendar.</source>
      <translation>This is not a date on the calendar.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="48" />
      <source>This name is kept for the flare-up plan: please choose another.</source>
      <translation>This name is kept for the flare-up plan: please choose another.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="50" />
      <source>This text holds a character that cannot be stored: please retype it.</source>
      <translation>This text holds a character that cannot be stored: please retype it.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_words.py" line="36" />
      <source>Write times on the 24-hour clock, like 08:00 or 20:30.</source>
      <translation>Write times on the 24-hour clock, like 08:00 or 20:30.</translation>
    </message>
  </context>
  <context>
    <name>LabelReference</name>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="46" />
      <source> ({mg} on the first day)</source>
      <translation> ({mg} on the first day)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="48" />
      <source>, in at most {n} doses</source>
      <translation>, in at most {n} doses</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="59" />
      <source>label: at most {days} days of {name}</source>
      <translation>label: at most {days} days of {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="42" />
      <source>label: at most {mg} of {name} a day</source>
      <translation>label: at most {mg} of {name} a day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="40" />
      <source>label: no fixed daily maximum for {name}; only the plan's limits apply</source>
      <translation>label: no fixed daily maximum for {name}; only the plan's limits apply</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/label_reference.py" line="32" />
      <source>label: no label limits are known to backplan for {name}</source>
      <translation>label: no label limits are known to backplan for {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCommands</name>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="131" />
      <source>Delete log entry of {0}</source>
      <translation>Delete log entry of {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="104" />
      <source>Edit log entry of {0}</source>
      <translation>Edit log entry of {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="80" />
      <source>Log entry (pain {0})</source>
      <translation>Log entry (pain {0})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/commands.py" line="58" />
      <source>That step could not be undone or redone: {0}</source>
      <translation>That step could not be undone or redone: {0}</translation>
    </message>
  </context>
  <context>
    <name>LogEntryDialog</name>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="124" />
      <source>Edit log entry</source>
      <translation>Edit log entry</translation>
    </message>
  </context>
  <context>
    <name>LogEntryForm</name>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="257" />
      <source>&amp;Sleep last night (0-10)</source>
      <translation>&amp;Sleep last night (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="253" />
      <source>&amp;When</source>
      <translation>&amp;When</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="198" />
      <source>0 = unable to do it, 10 = as well as before the injury</source>
      <translation>0 = unable to do it, 10 = as well as before the injury</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="194" />
      <source>Activities you chose with your clinician (PSFS)</source>
      <translation>Activities you chose with your clinician (PSFS)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="241" />
      <source>Anything else worth remembering (Ctrl+Enter saves)</source>
      <translation>Anything else worth remembering (Ctrl+Enter saves)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="191" />
      <source>Arrow keys move, Space ticks a place. Left and right leg record pain that spreads down.</source>
      <translation>Arrow keys move, Space ticks a place. Left and right leg record pain that spreads down.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="204" />
      <source>Arrow keys move, Space ticks a side effect.</source>
      <translation>Arrow keys move, Space ticks a side effect.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="157" />
      <source>Date and time of the entry</source>
      <translation>Date and time of the entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="182" />
      <source>Longest comfortable walk today, in minutes</source>
      <translation>Longest comfortable walk today, in minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="258" />
      <source>Longest wal&amp;k (minutes)</source>
      <translation>Longest wal&amp;k (minutes)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="172" />
      <source>Muscle spasm, 0 to 10</source>
      <translation>Muscle spasm, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="274" />
      <source>N&amp;ote</source>
      <translation>N&amp;ote</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="242" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="314" />
      <source>PSFS score for {0}, 0 to 10</source>
      <translation>PSFS score for {0}, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="254" />
      <source>Pain &amp;now (0-10)</source>
      <translation>Pain &amp;now (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="162" />
      <source>Pain now, 0 to 10</source>
      <translation>Pain now, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="267" />
      <source>Si&amp;de effects</source>
      <translation>Si&amp;de effects</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="203" />
      <source>Side effects</source>
      <translation>Side effects</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="177" />
      <source>Sleep last night, 0 to 10</source>
      <translation>Sleep last night, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="256" />
      <source>Spas&amp;m (0-10)</source>
      <translation>Spas&amp;m (0-10)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="481" />
      <source>The note is {0} characters long; at most {1} fit.</source>
      <translation>The note is {0} characters long; at most {1} fit.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="472" />
      <source>The worst pain of the last 24 hours cannot be lower than your pain now ({0}).</source>
      <translation>The worst pain of the last 24 hours cannot be lower than your pain now ({0}).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="462" />
      <source>This time is in the future; log what has happened.</source>
      <translation>This time is in the future; log what has happened.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="211" />
      <source>Tick any warning sign you have; backplan then shows what to do.</source>
      <translation>Tick any warning sign you have; backplan then shows what to do.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="466" />
      <source>Type your pain now: a number from 0 to 10.</source>
      <translation>Type your pain now: a number from 0 to 10.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="270" />
      <source>Warning si&amp;gns (get help today if you have any)</source>
      <translation>Warning si&amp;gns (get help today if you have any)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="209" />
      <source>Warning signs</source>
      <translation>Warning signs</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="264" />
      <source>Where it h&amp;urts</source>
      <translation>Where it h&amp;urts</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="189" />
      <source>Where it hurts</source>
      <translation>Where it hurts</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="168" />
      <source>Worst pain in the last 24 hours, 0 to 10</source>
      <translation>Worst pain in the last 24 hours, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="255" />
      <source>Worst pain, last &amp;24 h</source>
      <translation>Worst pain, last &amp;24 h</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/form.py" line="223" />
      <source>You ticked a warning sign: get medical help today. &lt;a href="advice"&gt;Show the advice again&lt;/a&gt;</source>
      <translation>You ticked a warning sign: get medical help today. &lt;a href="advice"&gt;Show the advice again&lt;/a&gt;</translation>
    </message>
  </context>
  <context>
    <name>LogLabels</name>
    <message>
      <source>A major injury, such as a bad fall or an accident</source>
      <translation>A major injury, such as a bad fall or an accident</translation>
    </message>
    <message>
      <source>Dizziness</source>
      <translation>Dizziness</translation>
    </message>
    <message>
      <source>Drowsiness</source>
      <translation>Drowsiness</translation>
    </message>
    <message>
      <source>Feeling sick</source>
      <translation>Feeling sick</translation>
    </message>
    <message>
      <source>Fever</source>
      <translation>Fever</translation>
    </message>
    <message>
      <source>For each activity your clinician chose with you: 0 means you are unable to do it, 10 means you can do it as well as before the injury.</source>
      <translation>For each activity your clinician chose with you: 0 means you are unable to do it, 10 means you can do it as well as before the injury.</translation>
    </message>
    <message>
      <source>Headache</source>
      <translation>Headache</translation>
    </message>
    <message>
      <source>How strong your muscle spasm is: 0 is none, 10 is the worst.</source>
      <translation>How strong your muscle spasm is: 0 is none, 10 is the worst.</translation>
    </message>
    <message>
      <source>How strong your pain is now: 0 is no pain, 10 is the worst pain you can imagine.</source>
      <translation>How strong your pain is now: 0 is no pain, 10 is the worst pain you can imagine.</translation>
    </message>
    <message>
      <source>How well you slept last night: 0 is very badly, 10 is very well.</source>
      <translation>How well you slept last night: 0 is very badly, 10 is very well.</translation>
    </message>
    <message>
      <source>Left buttock</source>
      <translation>Left buttock</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>Left leg</translation>
    </message>
    <message>
      <source>Lower back</source>
      <translation>Lower back</translation>
    </message>
    <message>
      <source>Neck</source>
      <translation>Neck</translation>
    </message>
    <message>
      <source>New or worsening weakness in a leg or foot</source>
      <translation>New or worsening weakness in a leg or foot</translation>
    </message>
    <message>
      <source>New trouble with the bladder or bowel</source>
      <translation>New trouble with the bladder or bowel</translation>
    </message>
    <message>
      <source>Numbness around the genitals or bottom</source>
      <translation>Numbness around the genitals or bottom</translation>
    </message>
    <message>
      <source>Numbness, weakness or pain in both legs</source>
      <translation>Numbness, weakness or pain in both legs</translation>
    </message>
    <message>
      <source>Right buttock</source>
      <translation>Right buttock</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>Right leg</translation>
    </message>
    <message>
      <source>Severe pain at night</source>
      <translation>Severe pain at night</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Something else</translation>
    </message>
    <message>
      <source>Tiredness</source>
      <translation>Tiredness</translation>
    </message>
    <message>
      <source>Upper back</source>
      <translation>Upper back</translation>
    </message>
    <message>
      <source>Weight loss you cannot explain</source>
      <translation>Weight loss you cannot explain</translation>
    </message>
    <message>
      <source>Your longest comfortable walk today, in minutes.</source>
      <translation>Your longest comfortable walk today, in minutes.</translation>
    </message>
  </context>
  <context>
    <name>LogRecords</name>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="200" />
      <source>1 record</source>
      <translation>1 record</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="49" />
      <source>Cold after {title}</source>
      <translation>Cold after {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="57" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="153" />
      <source>Doses and activities</source>
      <translation>Doses and activities</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="172" />
      <source>Doses and activities recorded</source>
      <translation>Doses and activities recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="50" />
      <source>Flare-up plan</source>
      <translation>Flare-up plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="48" />
      <source>Heat before {title}</source>
      <translation>Heat before {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="61" />
      <source>Missed</source>
      <translation>Missed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="173" />
      <source>Newest first. Remove takes the selected record back.</source>
      <translation>Newest first. Remove takes the selected record back.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="175" />
      <source>Remove the selected record</source>
      <translation>Remove the selected record</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="216" />
      <source>Remove this record?</source>
      <translation>Remove this record?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="224" />
      <source>Remove {what}</source>
      <translation>Remove {what}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="217" />
      <source>Remove “{what}, {text}” of {when}? It stops counting; Undo puts it back.</source>
      <translation>Remove “{what}, {text}” of {when}? It stops counting; Undo puts it back.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="174" />
      <source>Remove…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="59" />
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="57" />
      <source>Taken</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="63" />
      <source>pain {before} → {after}</source>
      <translation>pain {before} → {after}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="68" />
      <source>recorded anyway: {reason}</source>
      <translation>recorded anyway: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="135" />
      <source>removed in the Log</source>
      <translation>removed in the Log</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="200" />
      <source>{n} records</source>
      <translation>{n} records</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/records.py" line="227" />
      <source>{what} of {when} removed.</source>
      <translation>{what} of {when} removed.</translation>
    </message>
  </context>
  <context>
    <name>LogTableModel</name>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="66" />
      <source>Average of the Patient-Specific Functional Scale scores</source>
      <translation>Average of the Patient-Specific Functional Scale scores</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="60" />
      <source>Date and time of the entry</source>
      <translation>Date and time of the entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="65" />
      <source>Longest comfortable walk, in minutes</source>
      <translation>Longest comfortable walk, in minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="63" />
      <source>Muscle spasm, 0 (none) to 10</source>
      <translation>Muscle spasm, 0 (none) to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="70" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="66" />
      <source>PSFS</source>
      <translation>PSFS</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="61" />
      <source>Pain</source>
      <translation>Pain</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="61" />
      <source>Pain now, 0 (none) to 10 (worst imaginable)</source>
      <translation>Pain now, 0 (none) to 10 (worst imaginable)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="69" />
      <source>Red flags recorded</source>
      <translation>Red flags recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="68" />
      <source>Side effects</source>
      <translation>Side effects</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="68" />
      <source>Side effects noticed</source>
      <translation>Side effects noticed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="64" />
      <source>Sleep</source>
      <translation>Sleep</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="64" />
      <source>Sleep last night, 0 (very badly) to 10 (very well)</source>
      <translation>Sleep last night, 0 (very badly) to 10 (very well)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="63" />
      <source>Spasm</source>
      <translation>Spasm</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="65" />
      <source>Walk (min)</source>
      <translation>Walk (min)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="69" />
      <source>Warning signs</source>
      <translation>Warning signs</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="60" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="67" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="67" />
      <source>Where it hurt</source>
      <translation>Where it hurt</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="62" />
      <source>Worst</source>
      <translation>Worst</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="62" />
      <source>Worst pain in the last 24 hours, 0-10</source>
      <translation>Worst pain in the last 24 hours, 0-10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/model.py" line="70" />
      <source>Your note</source>
      <translation>Your note</translation>
    </message>
  </context>
  <context>
    <name>LogView</name>
    <message numerus="yes">
      <location filename="src/backplan/ui/log/view.py" line="459" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="248" />
      <source>&amp;Clear</source>
      <translation>&amp;Clear</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="642" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="460" />
      <source>1 entry</source>
      <translation>1 entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="228" />
      <source>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;The log belongs to a patient's plan. Import the plan file from your physiotherapist, start a new plan, or try the demo (all in the File menu), and then log your pain here in two keystrokes: a number and Enter.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;The log belongs to a patient's plan. Import the plan file from your physiotherapist, start a new plan, or try the demo (all in the File menu), and then log your pain here in two keystrokes: a number and Enter.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="249" />
      <source>Clear the form</source>
      <translation>Clear the form</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="637" />
      <source>Delete log entry</source>
      <translation>Delete log entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="638" />
      <source>Delete the entry of {0} (pain {1})?</source>
      <translation>Delete the entry of {0} (pain {1})?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="312" />
      <source>Delete the selected entry</source>
      <translation>Delete the selected entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="311" />
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="309" />
      <source>Edit the selected entry</source>
      <translation>Edit the selected entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="308" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="619" />
      <source>Entry changed. Undo with Ctrl+Z.</source>
      <translation>Entry changed. Undo with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="660" />
      <source>Entry of {0} deleted. Undo with Ctrl+Z.</source>
      <translation>Entry of {0} deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="331" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="253" />
      <source>Last action</source>
      <translation>Last action</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="301" />
      <source>Log history</source>
      <translation>Log history</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="259" />
      <source>New entry</source>
      <translation>New entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="276" />
      <source>New log entry</source>
      <translation>New log entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="233" />
      <source>No patient: import or start a plan to use the log</source>
      <translation>No patient: import or start a plan to use the log</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="315" />
      <location filename="src/backplan/ui/log/view.py" line="322" />
      <location filename="src/backplan/ui/log/view.py" line="393" />
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="244" />
      <source>S&amp;ave entry</source>
      <translation>S&amp;ave entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="245" />
      <source>Save entry</source>
      <translation>Save entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="246" />
      <source>Save this entry (Enter)</source>
      <translation>Save this entry (Enter)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="575" />
      <source>Saved: pain {0} at {1}. Undo with Ctrl+Z.</source>
      <translation>Saved: pain {0} at {1}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="262" />
      <source>Type your pain (0-10) and press Enter. Everything else is optional.</source>
      <translation>Type your pain (0-10) and press Enter. Everything else is optional.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="314" />
      <location filename="src/backplan/ui/log/view.py" line="321" />
      <location filename="src/backplan/ui/log/view.py" line="392" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="639" />
      <source>You can undo this with Ctrl+Z.</source>
      <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="303" />
      <source>Your past entries, newest first. Enter edits the selected entry, Delete removes it.</source>
      <translation>Your past entries, newest first. Enter edits the selected entry, Delete removes it.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="159" />
      <source>&amp;About backplan</source>
      <translation>&amp;About backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="126" />
      <source>&amp;Backup…</source>
      <translation>&amp;Backup…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="98" />
      <source>&amp;Calendar (iCalendar)…</source>
      <translation>&amp;Calendar (iCalendar)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="133" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="100" />
      <source>&amp;Events as a spreadsheet (CSV)…</source>
      <translation>&amp;Events as a spreadsheet (CSV)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="116" />
      <source>&amp;Export plan…</source>
      <translation>&amp;Export plan…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="113" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="155" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="115" />
      <source>&amp;Import plan…</source>
      <translation>&amp;Import plan…</translation>
    </message>
    <message>
      <source>&amp;Log</source>
      <translation>&amp;Log</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="120" />
      <source>&amp;New patient…</source>
      <translation>&amp;New patient…</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="129" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="51" />
      <location filename="src/backplan/ui/shell/menus.py" line="131" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="136" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="127" />
      <source>&amp;Restore…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="48" />
      <source>&amp;Show backplan</source>
      <translation>&amp;Show backplan</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Today</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="134" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="157" />
      <source>&amp;User guide</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="147" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="183" />
      <source>Back up</source>
      <translation>Back up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="190" />
      <source>Backup failed</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="218" />
      <source>Backup not restored</source>
      <translation>Backup not restored</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="192" />
      <source>Backup written to {path}</source>
      <translation>Backup written to {path}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="144" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="145" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="145" />
      <source>Clinic set-&amp;up…</source>
      <translation>Clinic set-&amp;up…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="103" />
      <source>Clinic system (&amp;FHIR)…</source>
      <translation>Clinic system (&amp;FHIR)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="102" />
      <source>E&amp;vents for Excel (CSV)…</source>
      <translation>E&amp;vents for Excel (CSV)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="206" />
      <source>Everything in backplan is replaced by the backup's contents. A copy of the current data is kept in the backups folder first.</source>
      <translation>Everything in backplan is replaced by the backup's contents. A copy of the current data is kept in the backups folder first.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="49" />
      <source>Exercise descriptions and typical doses</source>
      <translation>Exercise descriptions and typical doses</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="172" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="97" />
      <source>Export for &amp;other apps</source>
      <translation>Export for &amp;other apps</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="152" />
      <source>Export for a FHIR server</source>
      <translation>Export for a FHIR server</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="146" />
      <source>Export for a clinic system</source>
      <translation>Export for a clinic system</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="113" />
      <source>Export plan</source>
      <translation>Export plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="117" />
      <source>Export plan for &amp;patient…</source>
      <translation>Export plan for &amp;patient…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="145" />
      <source>Export the events</source>
      <translation>Export the events</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="144" />
      <source>Export the pain log</source>
      <translation>Export the pain log</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="143" />
      <source>Export to a calendar</source>
      <translation>Export to a calendar</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="146" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="152" />
      <source>FHIR JSON files (*.json)</source>
      <translation>FHIR JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="73" />
      <source>Import a plan file</source>
      <translation>Import a plan file</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="105" />
      <source>Import into a FHIR &amp;server (transaction)…</source>
      <translation>Import into a FHIR &amp;server (transaction)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="102" />
      <source>Imported the plan of {name}.</source>
      <translation>Imported the plan of {name}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="48" />
      <source>Medicine label limits and cautions</source>
      <translation>Medicine label limits and cautions</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="122" />
      <source>New plan from &amp;template…</source>
      <translation>New plan from &amp;template…</translation>
    </message>
    <message>
      <source>P&amp;rogress</source>
      <translation>P&amp;rogress</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="99" />
      <source>Pain &amp;log as a spreadsheet (CSV)…</source>
      <translation>Pain &amp;log as a spreadsheet (CSV)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="101" />
      <source>Pain log for E&amp;xcel (CSV)…</source>
      <translation>Pain log for E&amp;xcel (CSV)…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="36" />
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="41" />
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="39" />
      <source>Patient:</source>
      <translation>Patient:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="125" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="129" />
      <source>Plan not exported</source>
      <translation>Plan not exported</translation>
    </message>
    <message>
      <source>Pr&amp;int</source>
      <translation>Pr&amp;int</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="142" />
      <source>Pre&amp;ferences…</source>
      <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="50" />
      <source>Red-flag advice</source>
      <translation>Red-flag advice</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="89" />
      <source>Replace the plan?</source>
      <translation>Replace the plan?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="197" />
      <source>Restore a backup</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="205" />
      <source>Restore this backup?</source>
      <translation>Restore this backup?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="221" />
      <source>Restored. The data from before is kept in {path}</source>
      <translation>Restored. The data from before is kept in {path}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/menus.py" line="123" />
      <source>Save plan as te&amp;mplate…</source>
      <translation>Save plan as te&amp;mplate…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/section_stack.py" line="46" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/window_dialogs.py" line="87" />
      <source>Start at login</source>
      <translation>Start at login</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/sections.py" line="162" />
      <source>This section could not be opened: {error}</source>
      <translation>This section could not be opened: {error}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/sections.py" line="159" />
      <source>This section is coming soon.</source>
      <translation>This section is coming soon.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/zone_notice.py" line="38" />
      <source>Times are shown in {plan}, the plan's time zone; this computer is set to {system}</source>
      <translation>Times are shown in {plan}, the plan's time zone; this computer is set to {system}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="131" />
      <location filename="src/backplan/ui/shell/file_actions.py" line="174" />
      <source>Wrote {path}</source>
      <translation>Wrote {path}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/main_window.py" line="116" />
      <source>backplan (demo)</source>
      <translation>backplan (demo)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="183" />
      <source>backplan backups (*.sqlite3)</source>
      <translation>backplan backups (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="199" />
      <source>backplan backups (*.sqlite3);;All files (*)</source>
      <translation>backplan backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="69" />
      <source>backplan keeps reminding you while its window is closed. Open it again from your applications.</source>
      <translation>backplan keeps reminding you while its window is closed. Open it again from your applications.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/background.py" line="65" />
      <source>backplan keeps running here and will remind you.</source>
      <translation>backplan keeps running here and will remind you.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/patient_switcher.py" line="28" />
      <source>born {date}</source>
      <translation>born {date}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="143" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/file_actions.py" line="90" />
      <source>{name} already has a plan here. Replace their plan, log and records with the file's? A backup is taken first.</source>
      <translation>{name} already has a plan here. Replace their plan, log and records with the file's? A backup is taken first.</translation>
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
      <translation>Done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="125" />
      <source>Dose not recorded</source>
      <translation>Dose not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="72" />
      <source>Due now: {what}.</source>
      <translation>Due now: {what}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="80" />
      <source>Missed reminders</source>
      <translation>Missed reminders</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="81" />
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="95" />
      <source>Open backplan</source>
      <translation>Open backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="115" />
      <source>Recorded.</source>
      <translation>Recorded.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="95" />
      <source>Snooze 10 min</source>
      <translation>Snooze 10 min</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="92" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="90" />
      <source>Take</source>
      <translation>Take</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="117" />
      <source>backplan</source>
      <translation>backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="71" />
      <source>backplan reminder</source>
      <translation>backplan reminder</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/reminder_notifications.py" line="121" />
      <source>{what} was not recorded. The reason is shown in the backplan window.</source>
      <translation>{what} was not recorded. The reason is shown in the backplan window.</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="172" />
      <source>&amp;Create plan</source>
      <translation>&amp;Create plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="117" />
      <source>&amp;Save template</source>
      <translation>&amp;Save template</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="162" />
      <source>&amp;Starts on:</source>
      <translation>&amp;Starts on:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="161" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Time zone:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="118" />
      <location filename="src/backplan/ui/plan/editor.py" line="173" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="159" />
      <source>First day of the new plan</source>
      <translation>First day of the new plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="134" />
      <location filename="src/backplan/ui/plan/editor.py" line="138" />
      <source>New plan from template</source>
      <translation>New plan from template</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="150" />
      <source>No templates yet: use “Save plan as template…” first.</source>
      <translation>No templates yet: use “Save plan as template…” first.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="160" />
      <source>Patient &amp;name:</source>
      <translation>Patient &amp;name:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="154" />
      <source>Patient name</source>
      <translation>Patient name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="95" />
      <location filename="src/backplan/ui/plan/editor.py" line="98" />
      <source>Save plan as template</source>
      <translation>Save plan as template</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="111" />
      <source>Template &amp;name:</source>
      <translation>Template &amp;name:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="109" />
      <source>Template name</source>
      <translation>Template name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="140" />
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="101" />
      <source>The template keeps the plan, its medicines, activities and exercises. It does not keep the patient's name, log, records or tablet counts.</source>
      <translation>The template keeps the plan, its medicines, activities and exercises. It does not keep the patient's name, log, records or tablet counts.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="155" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="142" />
      <source>open-ended</source>
      <translation>open-ended</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="144" />
      <source>{name} — {title} ({length})</source>
      <translation>{name} — {title} ({length})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editor.py" line="142" />
      <source>{n} days</source>
      <translation>{n} days</translation>
    </message>
  </context>
  <context>
    <name>PlanForms</name>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="62" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="165" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="159" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="100" />
      <location filename="src/backplan/ui/plan/activity_form.py" line="107" />
      <location filename="src/backplan/ui/plan/activity_form.py" line="111" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="76" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="168" />
      <source>&amp;Add this exercise</source>
      <translation>&amp;Add this exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="58" />
      <source>&amp;Advice:</source>
      <translation>&amp;Advice:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="71" />
      <source>&amp;Clinician:</source>
      <translation>&amp;Clinician:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="113" />
      <source>&amp;Cold after:</source>
      <translation>&amp;Cold after:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="60" />
      <source>&amp;Current schedule until:</source>
      <translation>&amp;Current schedule until:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="87" />
      <location filename="src/backplan/ui/plan/step_down_form.py" line="87" />
      <source>&amp;Dose:</source>
      <translation>&amp;Dose:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="75" />
      <source>&amp;Goals (one a line):</source>
      <translation>&amp;Goals (one a line):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="109" />
      <source>&amp;Heat before:</source>
      <translation>&amp;Heat before:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="68" />
      <source>&amp;How to do it:</source>
      <translation>&amp;How to do it:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="93" />
      <source>&amp;Instructions:</source>
      <translation>&amp;Instructions:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="94" />
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="105" />
      <source>&amp;Location:</source>
      <translation>&amp;Location:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="67" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="95" />
      <source>&amp;Prescriber:</source>
      <translation>&amp;Prescriber:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="83" />
      <source>&amp;Repetitions:</source>
      <translation>&amp;Repetitions:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="257" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="96" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="89" />
      <source>&amp;Schedule:</source>
      <translation>&amp;Schedule:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="49" />
      <source>&amp;Starts on:</source>
      <translation>&amp;Starts on:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="42" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Time zone:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="89" />
      <source>&amp;Title:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="98" />
      <source>&amp;Units per dose:</source>
      <translation>&amp;Units per dose:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="147" />
      <source>(otherwise with the plan)</source>
      <translation>(otherwise with the plan)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="97" />
      <source>1 (tablets or capsules per dose)</source>
      <translation>1 (tablets or capsules per dose)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="195" />
      <source>3 days' use</source>
      <translation>3 days' use</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="131" />
      <source>A PNG or JPEG of at most 1 MiB, printed on the plan sheet</source>
      <translation>A PNG or JPEG of at most 1 MiB, printed on the plan sheet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="112" />
      <source>A cold application that starts when the activity ends (1-30 minutes).</source>
      <translation>A cold application that starts when the activity ends (1-30 minutes).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="108" />
      <source>A heat application that ends when the activity starts (1-30 minutes).</source>
      <translation>A heat application that ends when the activity starts (1-30 minutes).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="44" />
      <source>About the &amp;patient:</source>
      <translation>About the &amp;patient:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="77" />
      <source>Activities to score, one a line</source>
      <translation>Activities to score, one a line</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="72" />
      <source>Activities:</source>
      <translation>Activities:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="87" />
      <source>Activity title</source>
      <translation>Activity title</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="74" />
      <source>Ad&amp;vanced</source>
      <translation>Ad&amp;vanced</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="71" />
      <source>Add a medicine</source>
      <translation>Add a medicine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="78" />
      <source>Add an activity</source>
      <translation>Add an activity</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="177" />
      <source>Add c&amp;ustom…</source>
      <translation>Add c&amp;ustom…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="176" />
      <source>Add from &amp;library…</source>
      <translation>Add from &amp;library…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="146" />
      <source>Add ingredient</source>
      <translation>Add ingredient</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="57" />
      <source>Advice when pain flares</source>
      <translation>Advice when pain flares</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="71" />
      <source>As needed, within limits</source>
      <translation>As needed, within limits</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="166" />
      <source>At least this long between doses:</source>
      <translation>At least this long between doses:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="167" />
      <source>At most this many doses in 24 hours:</source>
      <translation>At most this many doses in 24 hours:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="68" />
      <source>At set times of day</source>
      <translation>At set times of day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="131" />
      <source>At:</source>
      <translation>At:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="169" />
      <location filename="src/backplan/ui/plan/form_base.py" line="258" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="144" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="150" />
      <source>Choose a picture</source>
      <translation>Choose a picture</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="121" />
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="126" />
      <source>Choose an exercise</source>
      <translation>Choose an exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="130" />
      <source>Choose picture…</source>
      <translation>Choose picture…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="72" />
      <source>Clinician's &amp;role:</source>
      <translation>Clinician's &amp;role:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="73" />
      <source>Clinician's c&amp;ontact:</source>
      <translation>Clinician's c&amp;ontact:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="69" />
      <source>Clinician's contact</source>
      <translation>Clinician's contact</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="64" />
      <source>Clinician's name</source>
      <translation>Clinician's name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="66" />
      <source>Clinician's role</source>
      <translation>Clinician's role</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="110" />
      <source>Cold after, minutes</source>
      <translation>Cold after, minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="188" />
      <source>Count the tablets on hand</source>
      <translation>Count the tablets on hand</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="193" />
      <source>Counted on</source>
      <translation>Counted on</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="166" />
      <source>Course length in days</source>
      <translation>Course length in days</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="181" />
      <source>Course:</source>
      <translation>Course:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="52" />
      <source>Custom exercise</source>
      <translation>Custom exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="102" />
      <source>D&amp;uration:</source>
      <translation>D&amp;uration:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="142" />
      <source>Date and time</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="63" />
      <source>Days the flare-up items run</source>
      <translation>Days the flare-up items run</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="85" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="86" />
      <source>Dose of the new step</source>
      <translation>Dose of the new step</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="165" />
      <source>Doses in any 24 hours, at most</source>
      <translation>Doses in any 24 hours, at most</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="181" />
      <source>Down</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="101" />
      <source>Duration in minutes</source>
      <translation>Duration in minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="78" />
      <source>Edit activity</source>
      <translation>Edit activity</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="71" />
      <source>Edit medicine</source>
      <translation>Edit medicine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="178" />
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="369" />
      <source>Elsewhere in the plan ({where}): {problem}</source>
      <translation>Elsewhere in the plan ({where}): {problem}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="142" />
      <location filename="src/backplan/ui/plan/details_form.py" line="53" />
      <source>Ends on</source>
      <translation>Ends on</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="63" />
      <source>Exercise name</source>
      <translation>Exercise name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="137" />
      <source>Exercises</source>
      <translation>Exercises</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="164" />
      <source>Exercises of this activity</source>
      <translation>Exercises of this activity</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="189" />
      <source>Exercises:</source>
      <translation>Exercises:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="138" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="156" />
      <source>First day</source>
      <translation>First day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="48" />
      <source>First day of the plan</source>
      <translation>First day of the plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="70" />
      <source>Flare-up activities</source>
      <translation>Flare-up activities</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="69" />
      <source>Flare-up medicines</source>
      <translation>Flare-up medicines</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="49" />
      <source>Flare-up plan</source>
      <translation>Flare-up plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="124" />
      <source>Follow your flare-up plan.</source>
      <translation>Follow your flare-up plan.</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="74" />
      <source>Goals, one a line</source>
      <translation>Goals, one a line</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="84" />
      <source>H&amp;old:</source>
      <translation>H&amp;old:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="106" />
      <source>Heat before, minutes</source>
      <translation>Heat before, minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="74" />
      <source>Hold, seconds</source>
      <translation>Hold, seconds</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="160" />
      <source>Hours between doses, at least</source>
      <translation>Hours between doses, at least</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="158" />
      <source>How the course length is given</source>
      <translation>How the course length is given</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="64" />
      <source>How to do it</source>
      <translation>How to do it</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="137" />
      <source>Ingredients</source>
      <translation>Ingredients</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="152" />
      <source>Ingredients:</source>
      <translation>Ingredients:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="92" />
      <source>Instructions</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="71" />
      <source>Keep the dose at {time}</source>
      <translation>Keep the dose at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="75" />
      <source>Keep these &amp;times:</source>
      <translation>Keep these &amp;times:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="91" />
      <source>Kind of activity</source>
      <translation>Kind of activity</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="67" />
      <source>Kind of schedule</source>
      <translation>Kind of schedule</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="143" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="167" />
      <source>Last day</source>
      <translation>Last day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="59" />
      <source>Last day at the current schedule</source>
      <translation>Last day at the current schedule</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="61" />
      <source>Last day of the new step</source>
      <translation>Last day of the new step</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="54" />
      <source>Last day of the plan</source>
      <translation>Last day of the plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="151" />
      <location filename="src/backplan/ui/plan/details_form.py" line="61" />
      <source>Last day:</source>
      <translation>Last day:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="118" />
      <source>Leave the days unticked for every day.</source>
      <translation>Leave the days unticked for every day.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="104" />
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="79" />
      <source>Medicine name</source>
      <translation>Medicine name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="71" />
      <source>Medicines:</source>
      <translation>Medicines:</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="115" />
      <location filename="src/backplan/ui/plan/details_form.py" line="84" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="86" />
      <source>N&amp;otes:</source>
      <translation>N&amp;otes:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="62" />
      <source>New step &amp;until:</source>
      <translation>New step &amp;until:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="161" />
      <source>No exercise matches; try fewer words, or add a custom exercise.</source>
      <translation>No exercise matches; try fewer words, or add a custom exercise.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="128" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="181" />
      <source>No picture</source>
      <translation>No picture</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="410" />
      <source>Not yet: {problem}</source>
      <translation>Not yet: {problem}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="114" />
      <location filename="src/backplan/ui/plan/exercise_form.py" line="81" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="43" />
      <source>Notes about the patient</source>
      <translation>Notes about the patient</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="75" />
      <source>Offers a repeating rule in the iCalendar notation</source>
      <translation>Offers a repeating rule in the iCalendar notation</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="196" />
      <source>On hand:</source>
      <translation>On hand:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="143" />
      <source>On:</source>
      <translation>On:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="69" />
      <source>Once</source>
      <translation>Once</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="117" />
      <source>Only on:</source>
      <translation>Only on:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="82" />
      <source>PSFS &amp;activities (1-5):</source>
      <translation>PSFS &amp;activities (1-5):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="40" />
      <source>Patient &amp;name:</source>
      <translation>Patient &amp;name:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="39" />
      <source>Patient name</source>
      <translation>Patient name</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="69" />
      <source>Pict&amp;ure:</source>
      <translation>Pict&amp;ure:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="181" />
      <source>Picture attached</source>
      <translation>Picture attached</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="144" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="47" />
      <source>Plan &amp;title:</source>
      <translation>Plan &amp;title:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="36" />
      <source>Plan details</source>
      <translation>Plan details</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="83" />
      <source>Plan notes</source>
      <translation>Plan notes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="46" />
      <source>Plan title</source>
      <translation>Plan title</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="376" />
      <source>Please check: {text}</source>
      <translation>Please check: {text}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="94" />
      <source>Prescriber</source>
      <translation>Prescriber</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="126" />
      <source>Recurrence rule</source>
      <translation>Recurrence rule</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="194" />
      <source>Remind when fewer than</source>
      <translation>Remind when fewer than</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="179" />
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="98" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="147" />
      <source>Remove ingredient</source>
      <translation>Remove ingredient</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="132" />
      <source>Remove picture</source>
      <translation>Remove picture</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="193" />
      <source>Repeating rule (iCalendar RRULE) at a time</source>
      <translation>Repeating rule (iCalendar RRULE) at a time</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="72" />
      <source>Repetitions</source>
      <translation>Repetitions</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="130" />
      <source>Rule:</source>
      <translation>Rule:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="64" />
      <source>Runs for:</source>
      <translation>Runs for:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="82" />
      <source>S&amp;ets:</source>
      <translation>S&amp;ets:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="150" />
      <location filename="src/backplan/ui/plan/medication_form.py" line="180" />
      <source>S&amp;tarts on:</source>
      <translation>S&amp;tarts on:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/form_base.py" line="247" />
      <source>Safety checks while you type</source>
      <translation>Safety checks while you type</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="128" />
      <source>Search by name or purpose, e.g. hamstring</source>
      <translation>Search by name or purpose, e.g. hamstring</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="129" />
      <source>Search the exercises</source>
      <translation>Search the exercises</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="71" />
      <source>Sets</source>
      <translation>Sets</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="85" />
      <source>Si&amp;de:</source>
      <translation>Si&amp;de:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="78" />
      <source>Side</source>
      <translation>Side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="40" />
      <source>Step down {name}</source>
      <translation>Step down {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="207" />
      <source>Stock:</source>
      <translation>Stock:</translation>
    </message>
    <message>
      <source>Substance (generic name)</source>
      <translation>Substance (generic name)</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="52" />
      <source>The medicine stops at its current schedule on the day you choose. A new entry starts the day after with fewer times a day or a lower dose, as the prescriber wrote it, and runs to the course's last day.</source>
      <translation>The medicine stops at its current schedule on the day you choose. A new entry starts the day after with fewer times a day or a lower dose, as the prescriber wrote it, and runs to the course's last day.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/flare_up_form.py" line="54" />
      <source>This plan has a flare-up plan</source>
      <translation>This plan has a flare-up plan</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="128" />
      <source>Time of day</source>
      <translation>Time of day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="41" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="109" />
      <source>Times (24-hour):</source>
      <translation>Times (24-hour):</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="107" />
      <source>Times of day</source>
      <translation>Times of day</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_picker.py" line="221" />
      <source>Typical: {dose} ({source})</source>
      <translation>Typical: {dose} ({source})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="192" />
      <source>Units on hand</source>
      <translation>Units on hand</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="96" />
      <source>Units per dose</source>
      <translation>Units per dose</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="180" />
      <source>Up</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/details_form.py" line="80" />
      <source>Up to five activities the patient finds hard; the log scores each 0-10 (PSFS).</source>
      <translation>Up to five activities the patient finds hard; the log scores each 0-10 (PSFS).</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="80" />
      <source>as on the pack, e.g. Ibuprofen 200 mg</source>
      <translation>as on the pack, e.g. Ibuprofen 200 mg</translation>
    </message>
    <message>
      <source>both sides together</source>
      <translation>both sides together</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/schedule_editor.py" line="108" />
      <source>e.g. 08:00, 20:00</source>
      <translation>e.g. 08:00, 20:00</translation>
    </message>
    <message>
      <source>each side in turn</source>
      <translation>each side in turn</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="159" />
      <source>for a number of days</source>
      <translation>for a number of days</translation>
    </message>
    <message>
      <source>left only</source>
      <translation>left only</translation>
    </message>
    <message>
      <source>mg per dose</source>
      <translation>mg per dose</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="110" />
      <source>no cold</source>
      <translation>no cold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activity_form.py" line="106" />
      <source>no heat</source>
      <translation>no heat</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="74" />
      <source>no hold</source>
      <translation>no hold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="72" />
      <source>not set</source>
      <translation>not set</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="71" />
      <source>not set (1)</source>
      <translation>not set (1)</translation>
    </message>
    <message>
      <source>not set (both sides)</source>
      <translation>not set (both sides)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="198" />
      <source>on</source>
      <translation>on</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="200" />
      <source>remind below:</source>
      <translation>remind below:</translation>
    </message>
    <message>
      <source>right only</source>
      <translation>right only</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="160" />
      <source>until a last day</source>
      <translation>until a last day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medication_form.py" line="86" />
      <source>what to take, e.g. 1 tablet</source>
      <translation>what to take, e.g. 1 tablet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="133" />
      <source>{id}: {dates}, {schedule}, {dose}</source>
      <translation>{id}: {dates}, {schedule}, {dose}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="162" />
      <source>{name} cannot be read: {why}</source>
      <translation>{name} cannot be read: {why}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="165" />
      <source>{name} is not a PNG or JPEG picture.</source>
      <translation>{name} is not a PNG or JPEG picture.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/exercise_form.py" line="170" />
      <source>{name}: the picture must be {what}.</source>
      <translation>{name}: the picture must be {what}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="83" />
      <source>{substance} per dose</source>
      <translation>{substance} per dose</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/step_down_form.py" line="85" />
      <source>{substance} per dose:</source>
      <translation>{substance} per dose:</translation>
    </message>
  </context>
  <context>
    <name>PlanModels</name>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Exercise</translation>
    </message>
    <message>
      <source>Heat before / cold after</source>
      <translation>Heat before / cold after</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Length</translation>
    </message>
    <message>
      <source>Medicine</source>
      <translation>Medicine</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <source>Sets x reps</source>
      <translation>Sets x reps</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Side</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="44" />
      <source>&amp;Add medicine…</source>
      <translation>&amp;Add medicine…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="45" />
      <source>&amp;Edit medicine…</source>
      <translation>&amp;Edit medicine…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="111" />
      <source>&amp;Flare-up plan…</source>
      <translation>&amp;Flare-up plan…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="65" />
      <source>&amp;Start routine…</source>
      <translation>&amp;Start routine…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="81" />
      <source>A template named {name} exists. Replace it?</source>
      <translation>A template named {name} exists. Replace it?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="40" />
      <source>Activities</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="123" />
      <source>Activities you want to get back to</source>
      <translation>Activities you want to get back to</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="39" />
      <source>Activities, heat and cold</source>
      <translation>Activities, heat and cold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="48" />
      <source>Add a&amp;ctivity…</source>
      <translation>Add a&amp;ctivity…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="70" />
      <source>Add {name}</source>
      <translation>Add {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="127" />
      <source>Add {title}</source>
      <translation>Add {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="203" />
      <source>Clinician: {who}</source>
      <translation>Clinician: {who}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="50" />
      <source>Delete activity</source>
      <translation>Delete activity</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="166" />
      <source>Delete activity?</source>
      <translation>Delete activity?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="47" />
      <source>Delete medicine</source>
      <translation>Delete medicine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="108" />
      <source>Delete medicine?</source>
      <translation>Delete medicine?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="113" />
      <source>Delete {name}</source>
      <translation>Delete {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="109" />
      <source>Delete {name} from the plan? Its records stay in the log; you can undo this.</source>
      <translation>Delete {name} from the plan? Its records stay in the log; you can undo this.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="171" />
      <source>Delete {title}</source>
      <translation>Delete {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="167" />
      <source>Delete {title} from the plan? Its records stay in the log; you can undo this.</source>
      <translation>Delete {title} from the plan? Its records stay in the log; you can undo this.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="112" />
      <source>E&amp;xport plan for patient…</source>
      <translation>E&amp;xport plan for patient…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="49" />
      <source>Edit ac&amp;tivity…</source>
      <translation>Edit ac&amp;tivity…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="292" />
      <source>Edit flare-up plan</source>
      <translation>Edit flare-up plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="276" />
      <source>Edit plan details</source>
      <translation>Edit plan details</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="95" />
      <source>Edit {name}</source>
      <translation>Edit {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="153" />
      <source>Edit {title}</source>
      <translation>Edit {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="56" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="60" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="90" />
      <source>Exercises</source>
      <translation>Exercises</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="94" />
      <source>Exercises in “{title}”</source>
      <translation>Exercises in “{title}”</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="49" />
      <source>Export plan for patient</source>
      <translation>Export plan for patient</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="235" />
      <source>For {n} days after you start it:</source>
      <translation>For {n} days after you start it:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="121" />
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="146" />
      <source>If your pain flares</source>
      <translation>If your pain flares</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="38" />
      <location filename="src/backplan/ui/plan/medicines_page.py" line="39" />
      <source>Medicines</source>
      <translation>Medicines</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="208" />
      <location filename="src/backplan/ui/plan/view.py" line="211" />
      <source>None written down</source>
      <translation>None written down</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="84" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="110" />
      <source>Plan &amp;details…</source>
      <translation>Plan &amp;details…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="107" />
      <location filename="src/backplan/ui/plan/workflow.py" line="117" />
      <source>Plan not created</source>
      <translation>Plan not created</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="58" />
      <source>Plan not exported</source>
      <translation>Plan not exported</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="67" />
      <source>Play the selected activity's exercises one at a time, then record it as done</source>
      <translation>Play the selected activity's exercises one at a time, then record it as done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="80" />
      <source>Replace the template?</source>
      <translation>Replace the template?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="135" />
      <location filename="src/backplan/ui/plan/view.py" line="262" />
      <source>Safety checks</source>
      <translation>Safety checks</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="262" />
      <source>Safety checks ({n})</source>
      <translation>Safety checks ({n})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="113" />
      <source>Save as te&amp;mplate…</source>
      <translation>Save as te&amp;mplate…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="88" />
      <source>Saved the template {name}</source>
      <translation>Saved the template {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="58" />
      <location filename="src/backplan/ui/plan/activities_page.py" line="91" />
      <source>Select an activity above to see its exercises.</source>
      <translation>Select an activity above to see its exercises.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="42" />
      <source>Select an activity to see its exercises below.</source>
      <translation>Select an activity to see its exercises below.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="46" />
      <source>Step &amp;down…</source>
      <translation>Step &amp;down…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/medicines_page.py" line="129" />
      <source>Step down {name}</source>
      <translation>Step down {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="86" />
      <source>Template not saved</source>
      <translation>Template not saved</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="139" />
      <source>The plan changed elsewhere</source>
      <translation>The plan changed elsewhere</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="149" />
      <location filename="src/backplan/ui/plan/editing.py" line="157" />
      <source>The plan was not saved</source>
      <translation>The plan was not saved</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="255" />
      <source>The safety checks found nothing to point out.</source>
      <translation>The safety checks found nothing to point out.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/activities_page.py" line="96" />
      <source>This activity has no exercises listed.</source>
      <translation>This activity has no exercises listed.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/editing.py" line="140" />
      <source>This plan was changed elsewhere (another window or the command line) since it was shown here. Nothing was overwritten; the plan has been reloaded, so make your change again.</source>
      <translation>This plan was changed elsewhere (another window or the command line) since it was shown here. Nothing was overwritten; the plan has been reloaded, so make your change again.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/view.py" line="205" />
      <source>Times are in {zone}</source>
      <translation>Times are in {zone}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="60" />
      <source>Wrote the plan for the patient to {path}</source>
      <translation>Wrote the plan for the patient to {path}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="49" />
      <source>backplan plan files (*.backplan.json);;All files (*)</source>
      <translation>backplan plan files (*.backplan.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/plan/workflow.py" line="108" />
      <source>{zone} is not a time zone backplan knows.</source>
      <translation>{zone} is not a time zone backplan knows.</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="51" />
      <source> minutes</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="104" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="106" />
      <source>A new language is used from the next start.</source>
      <translation>A new language is used from the next start.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="96" />
      <source>C&amp;olours:</source>
      <translation>C&amp;olours:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="95" />
      <source>Colours</source>
      <translation>Colours</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="54" />
      <source>Counts as &amp;missed after:</source>
      <translation>Counts as &amp;missed after:</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dark</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="59" />
      <source>Keep reminding me</source>
      <translation>Keep reminding me</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="103" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <source>Like the system</source>
      <translation>Like the system</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="42" />
      <location filename="src/backplan/ui/shell/preferences.py" line="45" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="58" />
      <source>Quit backplan</source>
      <translation>Quit backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="78" />
      <source>Start backplan when I &amp;log in</source>
      <translation>Start backplan when I &amp;log in</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="89" />
      <source>Text si&amp;ze:</source>
      <translation>Text si&amp;ze:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="88" />
      <source>Text size in percent</source>
      <translation>Text size in percent</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="71" />
      <source>This desktop shows no notifications and has no system tray, so reminders show in the window.</source>
      <translation>This desktop shows no notifications and has no system tray, so reminders show in the window.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="53" />
      <source>Time before a reminder counts as missed</source>
      <translation>Time before a reminder counts as missed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="63" />
      <source>When the window is &amp;closed:</source>
      <translation>When the window is &amp;closed:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/preferences.py" line="62" />
      <source>When the window is closed</source>
      <translation>When the window is closed</translation>
    </message>
  </context>
  <context>
    <name>PrintView</name>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="222" />
      <source>&lt;h2&gt;Nothing to print yet&lt;/h2&gt;&lt;p&gt;Once a plan is imported (File menu), print a plan sheet for the fridge, with the week's times and the exercise pictures, or a report for your clinician.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Nothing to print yet&lt;/h2&gt;&lt;p&gt;Once a plan is imported (File menu), print a plan sheet for the fridge, with the week's times and the exercise pictures, or a report for your clinician.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="258" />
      <source>A day in the week to print</source>
      <translation>A day in the week to print</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="266" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="235" />
      <source>Clinician rep&amp;ort</source>
      <translation>Clinician rep&amp;ort</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="236" />
      <source>Clinician report</source>
      <translation>Clinician report</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="317" />
      <source>E&amp;xport PDF…</source>
      <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="427" />
      <source>Export PDF</source>
      <translation>Export PDF</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="318" />
      <source>Export as PDF</source>
      <translation>Export as PDF</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="260" />
      <source>First day of the report</source>
      <translation>First day of the report</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="242" />
      <source>For the fridge: the week's medicine times, activities, heat and cold, the exercises with their pictures, and when to get help.</source>
      <translation>For the fridge: the week's medicine times, activities, heat and cold, the exercises with their pictures, and when to get help.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="250" />
      <source>For your clinician: a summary page, the progress charts, the medication record with any overrides, adherence and the log.</source>
      <translation>For your clinician: a summary page, the progress charts, the medication record with any overrides, adherence and the log.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="290" />
      <source>Fro&amp;m</source>
      <translation>Fro&amp;m</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="261" />
      <source>Last day of the report</source>
      <translation>Last day of the report</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="491" />
      <source>Monday {0} to Sunday {1}</source>
      <translation>Monday {0} to Sunday {1}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="227" />
      <source>No patient: import or start a plan to print</source>
      <translation>No patient: import or start a plan to print</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="301" />
      <source>P&amp;aper</source>
      <translation>P&amp;aper</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="427" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="268" />
      <source>Paper size</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="233" />
      <source>Plan &amp;sheet for one week</source>
      <translation>Plan &amp;sheet for one week</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="234" />
      <source>Plan sheet for one week</source>
      <translation>Plan sheet for one week</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="330" />
      <source>Preparing the document</source>
      <translation>Preparing the document</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="523" />
      <source>Preparing the document…</source>
      <translation>Preparing the document…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="311" />
      <source>Pri&amp;nt…</source>
      <translation>Pri&amp;nt…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="312" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="314" />
      <source>Print previe&amp;w…</source>
      <translation>Print previe&amp;w…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="315" />
      <source>Print preview</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="631" />
      <source>Print preview: {0}</source>
      <translation>Print preview: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="334" />
      <source>Print status</source>
      <translation>Print status</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="601" />
      <source>Print {0}</source>
      <translation>Print {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="263" />
      <source>Report on the whole record</source>
      <translation>Report on the whole record</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="559" />
      <source>Saved {0}</source>
      <translation>Saved {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="624" />
      <source>Sent {0} pages to the printer.</source>
      <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="555" />
      <source>That did not work: {0}</source>
      <translation>That did not work: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="500" />
      <source>The report's last day is before its first; change one of them.</source>
      <translation>The report's last day is before its first; change one of them.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="267" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="278" />
      <source>Wee&amp;k of</source>
      <translation>Wee&amp;k of</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="294" />
      <source>What to print</source>
      <translation>What to print</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="262" />
      <source>Whole recor&amp;d</source>
      <translation>Whole recor&amp;d</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="440" />
      <source>Writing {0}…</source>
      <translation>Writing {0}…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="570" />
      <source>backplan</source>
      <translation>backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="643" />
      <source>clinician report</source>
      <translation>clinician report</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="642" />
      <source>plan sheet</source>
      <translation>plan sheet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/print/view.py" line="284" />
      <source>to</source>
      <translation>to</translation>
    </message>
  </context>
  <context>
    <name>ProgressModels</name>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="136" />
      <source>A kind of activity, heat, cold, or a medicine</source>
      <translation>A kind of activity, heat, cold, or a medicine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="136" />
      <source>Activity or medicine</source>
      <translation>Activity or medicine</translation>
    </message>
    <message>
      <source>Cold</source>
      <translation>Cold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="139" />
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="102" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="104" />
      <source>Done as a share of those due</source>
      <translation>Done as a share of those due</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="103" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Exercise</translation>
    </message>
    <message>
      <source>Heat</source>
      <translation>Heat</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="103" />
      <source>How many were due in the period, up to now</source>
      <translation>How many were due in the period, up to now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="102" />
      <source>How many were recorded as done</source>
      <translation>How many were recorded as done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="101" />
      <source>Kind of plan item</source>
      <translation>Kind of plan item</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="137" />
      <source>Mean pain on days it was done (number of days)</source>
      <translation>Mean pain on days it was done (number of days)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="138" />
      <source>Mean pain on days it was not done (number of days)</source>
      <translation>Mean pain on days it was not done (number of days)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="139" />
      <source>Mean pain with it minus without; negative means lower</source>
      <translation>Mean pain with it minus without; negative means lower</translation>
    </message>
    <message>
      <source>Medicine doses</source>
      <translation>Medicine doses</translation>
    </message>
    <message>
      <source>Other activities</source>
      <translation>Other activities</translation>
    </message>
    <message>
      <source>Physical therapy</source>
      <translation>Physical therapy</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="104" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Stretching</source>
      <translation>Stretching</translation>
    </message>
    <message>
      <source>Walks</source>
      <translation>Walks</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="101" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="137" />
      <source>With it</source>
      <translation>With it</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="138" />
      <source>Without</source>
      <translation>Without</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="112" />
      <source>none due yet</source>
      <translation>none due yet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="150" />
      <source>not enough days yet</source>
      <translation>not enough days yet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="179" />
      <source>{0} (n={1})</source>
      <translation>{0} (n={1})</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="162" />
      <source>{0}: mean pain {1} on {2} days with it, {3} on {4} days without. This shows association, not cause.</source>
      <translation>{0}: mean pain {1} on {2} days with it, {3} on {4} days without. This shows association, not cause.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="151" />
      <source>{0}: {1} days with it and {2} without so far; the means show from {3} days of each.</source>
      <translation>{0}: {1} days with it and {2} without so far; the means show from {3} days of each.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/models.py" line="114" />
      <source>{0}: {1} of {2} done</source>
      <translation>{0}: {1} of {2} done</translation>
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
      <translation>, starting {0}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="146" />
      <source>Done: {0}.</source>
      <translation>Done: {0}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="111" />
      <source>No pain entries in this period.</source>
      <translation>No pain entries in this period.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="77" />
      <source>Not enough PSFS scores in this period to show a change (two are needed).</source>
      <translation>Not enough PSFS scores in this period to show a change (two are needed).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="102" />
      <source>Nothing was logged or recorded in this period.</source>
      <translation>Nothing was logged or recorded in this period.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="62" />
      <source>One pain entry: {0} on {1}.</source>
      <translation>One pain entry: {0} on {1}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="63" />
      <source>Pain went from {0} on {1} to {2} on {3}.</source>
      <translation>Pain went from {0} on {1} to {2} on {3}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="97" />
      <source>Progress chart for {0}, {1} to {2}.</source>
      <translation>Progress chart for {0}, {1} to {2}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="158" />
      <source>Side effects were logged on {0} day.</source>
      <translation>Side effects were logged on {0} day.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="158" />
      <source>Side effects were logged on {0} days.</source>
      <translation>Side effects were logged on {0} days.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="84" />
      <source>The PSFS average went from {0} on {1} to {2} on {3} ({4} points): {5}.</source>
      <translation>The PSFS average went from {0} on {1} to {2} on {3} ({4} points): {5}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="109" />
      <source>The highest worst-pain score was {0}.</source>
      <translation>The highest worst-pain score was {0}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="116" />
      <source>The longest comfortable walk was {0} minutes, on {1}.</source>
      <translation>The longest comfortable walk was {0} minutes, on {1}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="68" />
      <source>The mean of the first week was {0}, of the last week {1}.</source>
      <translation>The mean of the first week was {0}, of the last week {1}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="166" />
      <source>Warning signs (red flags) were logged on {0} day.</source>
      <translation>Warning signs (red flags) were logged on {0} day.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="166" />
      <source>Warning signs (red flags) were logged on {0} days.</source>
      <translation>Warning signs (red flags) were logged on {0} days.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="80" />
      <source>at least the {0}-point change that counts as meaningful</source>
      <translation>at least the {0}-point change that counts as meaningful</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="82" />
      <source>less than the {0}-point change that counts as meaningful</source>
      <translation>less than the {0}-point change that counts as meaningful</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="54" />
      <source>once</source>
      <translation>once</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="128" />
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0} dose taken</source>
      <translation>{0} dose taken</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="150" />
      <source>{0} dose was taken with a safety override.</source>
      <translation>{0} dose was taken with a safety override.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="128" />
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0} doses taken</source>
      <translation>{0} doses taken</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="150" />
      <source>{0} doses were taken with a safety override.</source>
      <translation>{0} doses were taken with a safety override.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="175" />
      <source>{0} flare-up</source>
      <translation>{0} flare-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="175" />
      <source>{0} flare-ups</source>
      <translation>{0} flare-ups</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="105" />
      <source>{0} pain entries.</source>
      <translation>{0} pain entries.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="105" />
      <source>{0} pain entry.</source>
      <translation>{0} pain entry.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="54" />
      <source>{0} times</source>
      <translation>{0} times</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="139" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="124" />
      <source>{0}: course from {1} to {2}, {3}.</source>
      <translation>{0}: course from {1} to {2}, {3}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/summary.py" line="137" />
      <source>{0}: {1}.</source>
      <translation>{0}: {1}.</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="105" />
      <source>&amp;2 weeks</source>
      <translation>&amp;2 weeks</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="108" />
      <source>&amp;All</source>
      <translation>&amp;All</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="107" />
      <source>1 &amp;year</source>
      <translation>1 &amp;year</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="106" />
      <source>3 &amp;months</source>
      <translation>3 &amp;months</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="100" />
      <source>&lt;b&gt;Activities you chose (PSFS)&lt;/b&gt;</source>
      <translation>&lt;b&gt;Activities you chose (PSFS)&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="128" />
      <source>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;Progress charts show your pain and what you did over time. Import the plan file from your physiotherapist or try the demo (File menu), log your pain for a few days, and the chart appears here.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No plan yet&lt;/h2&gt;&lt;p&gt;Progress charts show your pain and what you did over time. Import the plan file from your physiotherapist or try the demo (File menu), log your pain for a few days, and the chart appears here.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="69" />
      <source>Adherence</source>
      <translation>Adherence</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="65" />
      <source>Adherence and what helped</source>
      <translation>Adherence and what helped</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="70" />
      <source>Adherence in this period</source>
      <translation>Adherence in this period</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="82" />
      <source>Building the chart</source>
      <translation>Building the chart</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="90" />
      <source>E&amp;xport chart…</source>
      <translation>E&amp;xport chart…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/export.py" line="39" />
      <source>Export chart</source>
      <translation>Export chart</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="91" />
      <source>Export the chart as PDF, PNG or SVG</source>
      <translation>Export the chart as PDF, PNG or SVG</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="75" />
      <source>First day shown</source>
      <translation>First day shown</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="121" />
      <source>Fr&amp;om</source>
      <translation>Fr&amp;om</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="76" />
      <source>Last day shown</source>
      <translation>Last day shown</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="84" />
      <source>Mean pain on days with each activity or medicine, and on days without it; n is the number of days. Shown once there are 5 days of each.</source>
      <translation>Mean pain on days with each activity or medicine, and on days without it; n is the number of days. Shown once there are 5 days of each.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="133" />
      <source>No patient: import or start a plan to see progress</source>
      <translation>No patient: import or start a plan to see progress</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="72" />
      <source>Of what was due up to now, the share recorded as done.</source>
      <translation>Of what was due up to now, the share recorded as done.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/export.py" line="41" />
      <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
      <translation>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="99" />
      <source>PSFS change</source>
      <translation>PSFS change</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="200" />
      <source>Progress chart</source>
      <translation>Progress chart</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="108" />
      <source>Show everything recorded</source>
      <translation>Show everything recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="105" />
      <source>Show the last 2 weeks</source>
      <translation>Show the last 2 weeks</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="106" />
      <source>Show the last 3 months</source>
      <translation>Show the last 3 months</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="107" />
      <source>Show the last year</source>
      <translation>Show the last year</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="72" />
      <source>Show:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="67" />
      <source>The chart appears here.</source>
      <translation>The chart appears here.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="313" />
      <source>The chart could not be built: {0}</source>
      <translation>The chart could not be built: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="557" />
      <source>The chart could not be exported: {0}</source>
      <translation>The chart could not be exported: {0}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/view.py" line="272" />
      <source>The last day shown is before the first; change one of them.</source>
      <translation>The last day shown is before the first; change one of them.</translation>
    </message>
    <message>
      <source>These figures show association, not cause: days with something done may differ from other days in many ways.</source>
      <translation>These figures show association, not cause: days with something done may differ from other days in many ways.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="123" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="80" />
      <source>What helped</source>
      <translation>What helped</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/panels.py" line="81" />
      <source>What helped?</source>
      <translation>What helped?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/chart_area.py" line="76" />
      <source>What the chart shows</source>
      <translation>What the chart shows</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/progress/ranges.py" line="84" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="src/backplan/app.py" line="285" />
      <source>&amp;Restore the backup</source>
      <translation>&amp;Restore the backup</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="268" />
      <source>No good backup was found, so backplan starts with an empty database.</source>
      <translation>No good backup was found, so backplan starts with an empty database.</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="297" />
      <source>Restore failed</source>
      <translation>Restore failed</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="287" />
      <source>Start &amp;empty</source>
      <translation>Start &amp;empty</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="298" />
      <source>The backup could not be restored: {error}</source>
      <translation>The backup could not be restored: {error}</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="258" />
      <source>The database was damaged</source>
      <translation>The database was damaged</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="279" />
      <source>The newest good backup is from {date}. Restore it now?</source>
      <translation>The newest good backup is from {date}. Restore it now?</translation>
    </message>
    <message>
      <location filename="src/backplan/app.py" line="260" />
      <source>backplan could not use its database ({problem}). It was moved aside, not deleted:
{moved}</source>
      <translation>backplan could not use its database ({problem}). It was moved aside, not deleted:
{moved}</translation>
    </message>
  </context>
  <context>
    <name>RedFlagAdvice</name>
    <message>
      <location filename="src/backplan/ui/log/view.py" line="105" />
      <source>Source: {0}</source>
      <translation>Source: {0}</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="312" />
      <source>1 reminder was missed while backplan was closed.</source>
      <translation>1 reminder was missed while backplan was closed.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="306" />
      <source>1 reminder was missed while this computer was asleep.</source>
      <translation>1 reminder was missed while this computer was asleep.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="271" />
      <source>At this rate it runs out on {day}.</source>
      <translation>At this rate it runs out on {day}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="318" />
      <source>Due now: {what}.</source>
      <translation>Due now: {what}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="327" />
      <source>Missed reminders</source>
      <translation>Missed reminders</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="275" />
      <source>Refill reminder</source>
      <translation>Refill reminder</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="316" />
      <source>See Today for what is left.</source>
      <translation>See Today for what is left.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="323" />
      <source>Time for your {time} dose</source>
      <translation>Time for your {time} dose</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="267" />
      <source>Time to get more {name}: {left} left.</source>
      <translation>Time to get more {name}: {left} left.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="325" />
      <source>backplan reminder</source>
      <translation>backplan reminder</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="295" />
      <source>{name} at {time}</source>
      <translation>{name} at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="314" />
      <source>{n} reminders were missed while backplan was closed.</source>
      <translation>{n} reminders were missed while backplan was closed.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="308" />
      <source>{n} reminders were missed while this computer was asleep.</source>
      <translation>{n} reminders were missed while this computer was asleep.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="320" />
      <source>{n} things are due now:</source>
      <translation>{n} things are due now:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/reminders.py" line="299" />
      <source>{title} at {time}</source>
      <translation>{title} at {time}</translation>
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
      <translation>OTC maximum</translation>
    </message>
    <message>
      <source>acetaminophen total</source>
      <translation>acetaminophen total</translation>
    </message>
    <message>
      <source>age caution</source>
      <translation>age caution</translation>
    </message>
    <message>
      <source>already taken</source>
      <translation>already taken</translation>
    </message>
    <message>
      <source>course dates</source>
      <translation>course dates</translation>
    </message>
    <message>
      <source>course length</source>
      <translation>course length</translation>
    </message>
    <message>
      <source>daily maximum</source>
      <translation>daily maximum</translation>
    </message>
    <message>
      <source>duplicate NSAID</source>
      <translation>duplicate NSAID</translation>
    </message>
    <message>
      <source>label maximum</source>
      <translation>label maximum</translation>
    </message>
    <message>
      <source>minimum interval</source>
      <translation>minimum interval</translation>
    </message>
    <message>
      <source>no label limits</source>
      <translation>no label limits</translation>
    </message>
    <message>
      <source>red flag</source>
      <translation>red flag</translation>
    </message>
    <message>
      <source>sedating caution</source>
      <translation>sedating caution</translation>
    </message>
    <message>
      <source>sedating combination</source>
      <translation>sedating combination</translation>
    </message>
    <message>
      <source>unlabelled strength</source>
      <translation>unlabelled strength</translation>
    </message>
    <message>
      <source>your plan</source>
      <translation>your plan</translation>
    </message>
  </context>
  <context>
    <name>SafetyTexts</name>
    <message>
      <source>Check your skin during and after; stop if it is very red, blistered, pale or numb.</source>
      <translation>Check your skin during and after; stop if it is very red, blistered, pale or numb.</translation>
    </message>
    <message>
      <source>Get medical help today</source>
      <translation>Get medical help today</translation>
    </message>
    <message>
      <source>Go to an emergency department now</source>
      <translation>Go to an emergency department now</translation>
    </message>
    <message>
      <source>Keep each application to 15-20 minutes at most.</source>
      <translation>Keep each application to 15-20 minutes at most.</translation>
    </message>
    <message>
      <source>Never use heat or cold on numb skin or where the circulation is poor.</source>
      <translation>Never use heat or cold on numb skin or where the circulation is poor.</translation>
    </message>
    <message>
      <source>Never use heat or cold while you sleep; use a heat pad that switches itself off.</source>
      <translation>Never use heat or cold while you sleep; use a heat pad that switches itself off.</translation>
    </message>
    <message>
      <source>Put a cloth between your skin and the hot or cold pack.</source>
      <translation>Put a cloth between your skin and the hot or cold pack.</translation>
    </message>
    <message>
      <source>Stop when the timer ends.</source>
      <translation>Stop when the timer ends.</translation>
    </message>
    <message>
      <source>Warm, not hot: the pack should feel comfortably warm, never burning.</source>
      <translation>Warm, not hot: the pack should feel comfortably warm, never burning.</translation>
    </message>
    <message>
      <source>What you recorded can be a sign of pressure on the nerves at the base of the spine (cauda equina syndrome) or on a nerve to the leg, which needs treatment within hours. Go to an emergency department or call the emergency number now; do not wait for an appointment. backplan cannot tell what is causing it.</source>
      <translation>What you recorded can be a sign of pressure on the nerves at the base of the spine (cauda equina syndrome) or on a nerve to the leg, which needs treatment within hours. Go to an emergency department or call the emergency number now; do not wait for an appointment. backplan cannot tell what is causing it.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/safety_texts.py" line="50" />
      <source>What you recorded: {0}.</source>
      <translation>What you recorded: {0}.</translation>
    </message>
    <message>
      <source>You recorded a warning sign that a doctor should check today. Contact your doctor or an urgent care service now and tell them what you noticed. If you have numbness around your genitals or bottom, new trouble controlling your bladder or bowel, or numbness or weakness in both legs, go to an emergency department or call the emergency number straight away. backplan cannot tell what is causing it.</source>
      <translation>You recorded a warning sign that a doctor should check today. Contact your doctor or an urgent care service now and tell them what you noticed. If you have numbness around your genitals or bottom, new trouble controlling your bladder or bowel, or numbness or weakness in both legs, go to an emergency department or call the emergency number straight away. backplan cannot tell what is causing it.</translation>
    </message>
    <message>
      <source>backplan organizes the plan your clinician set. It does not give medical advice and never changes a dose. If something in the app differs from what your clinician or pharmacist told you, follow them and ask.</source>
      <translation>backplan organizes the plan your clinician set. It does not give medical advice and never changes a dose. If something in the app differs from what your clinician or pharmacist told you, follow them and ask.</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="44" />
      <source>&amp;Save pain</source>
      <translation>&amp;Save pain</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="31" />
      <source>0 is no pain, 10 the worst you can imagine. Type it and press Enter.</source>
      <translation>0 is no pain, 10 the worst you can imagine. Type it and press Enter.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="47" />
      <source>A dose in the last 24 hours broke a safety rule</source>
      <translation>A dose in the last 24 hours broke a safety rule</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="90" />
      <source>Allowed now, if you need it.</source>
      <translation>Allowed now, if you need it.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="120" />
      <source>Before the plan was made</source>
      <translation>Before the plan was made</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="74" />
      <source>Count my tablets of {name}</source>
      <translation>Count my tablets of {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="73" />
      <source>Count…</source>
      <translation>Count…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="122" />
      <source>Done at {time}</source>
      <translation>Done at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="157" />
      <source>Done…</source>
      <translation>Done…</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Due now</source>
      <translation>Due now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="31" />
      <source>End flare-&amp;up</source>
      <translation>End flare-&amp;up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="32" />
      <source>End the flare-up plan now</source>
      <translation>End the flare-up plan now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="150" />
      <source>Finish now</source>
      <translation>Finish now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/flare_card.py" line="40" />
      <source>Flare-up day {day} of {days}</source>
      <translation>Flare-up day {day} of {days}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="335" />
      <source>How bad is the pain right now? Type a number from 0 to 10 and press Enter.</source>
      <translation>How bad is the pain right now? Type a number from 0 to 10 and press Enter.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="29" />
      <source>How is your pain?</source>
      <translation>How is your pain?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="49" />
      <source>I have read this advice</source>
      <translation>I have read this advice</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="50" />
      <source>I have read this advice: hide it from Today</source>
      <translation>I have read this advice: hide it from Today</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="118" />
      <source>I'm having a fl&amp;are-up</source>
      <translation>I'm having a fl&amp;are-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="119" />
      <source>I'm having a flare-up: start the flare-up plan</source>
      <translation>I'm having a flare-up: start the flare-up plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="61" />
      <source>Last entry: pain {n} at {when}</source>
      <translation>Last entry: pain {n} at {when}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Later today</source>
      <translation>Later today</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/courses_card.py" line="38" />
      <source>Medicine courses</source>
      <translation>Medicine courses</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="101" />
      <source>Medicine: {dose}</source>
      <translation>Medicine: {dose}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Missed</source>
      <translation>Missed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="92" />
      <source>Next allowed at {time}</source>
      <translation>Next allowed at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="88" />
      <source>No further dose is allowed under the label's limits.</source>
      <translation>No further dose is allowed under the label's limits.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="158" />
      <source>Nothing is scheduled for today.</source>
      <translation>Nothing is scheduled for today.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="57" />
      <source>Nothing logged yet.</source>
      <translation>Nothing logged yet.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="73" />
      <source>Now, {time}</source>
      <translation>Now, {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="35" />
      <source>Pain &amp;now:</source>
      <translation>Pain &amp;now:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="39" />
      <source>Pain now, 0 to 10</source>
      <translation>Pain now, 0 to 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="145" />
      <source>Pain, medicines and courses</source>
      <translation>Pain, medicines and courses</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/red_flag_card.py" line="83" />
      <source>Recorded at {time} on {day}.</source>
      <translation>Recorded at {time} on {day}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="61" />
      <source>Running low: time to get more.</source>
      <translation>Running low: time to get more.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="66" />
      <source>Runs out on {day} at this rate.</source>
      <translation>Runs out on {day} at this rate.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="45" />
      <source>Save pain entry</source>
      <translation>Save pain entry</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="158" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="118" />
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="160" />
      <source>Snooze</source>
      <translation>Snooze</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="136" />
      <source>Snoozed until {time}</source>
      <translation>Snoozed until {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="152" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="156" />
      <source>Start routine</source>
      <translation>Start routine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="45" />
      <source>Tablets left</source>
      <translation>Tablets left</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="77" />
      <location filename="src/backplan/ui/today/row_parts.py" line="147" />
      <source>Take</source>
      <translation>Take</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="78" />
      <source>Take {name}</source>
      <translation>Take {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="122" />
      <source>Taken at {time}</source>
      <translation>Taken at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="75" />
      <source>Taken today: {times}</source>
      <translation>Taken today: {times}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="157" />
      <source>The plan ended on {day}.</source>
      <translation>The plan ended on {day}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="155" />
      <source>The plan starts on {day}.</source>
      <translation>The plan starts on {day}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="61" />
      <source>The record is kept as it is; your clinician's report lists it.</source>
      <translation>The record is kept as it is; your clinician's report lists it.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="104" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="40" />
      <source>Today's timeline</source>
      <translation>Today's timeline</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="291" />
      <source>Today, {day}</source>
      <translation>Today, {day}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/pain_card.py" line="40" />
      <source>Type a number from 0 to 10 and press Enter to save it</source>
      <translation>Type a number from 0 to 10 and press Enter to save it</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/view.py" line="239" />
      <source>Type a number from 0 to 10 first.</source>
      <translation>Type a number from 0 to 10 first.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="62" />
      <source>When needed</source>
      <translation>When needed</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="113" />
      <source>flare-up plan</source>
      <translation>flare-up plan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="52" />
      <source>no reason recorded</source>
      <translation>no reason recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/as_needed_card.py" line="94" />
      <source>on {day}</source>
      <translation>on {day}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="125" />
      <source>pain {before} → {after}</source>
      <translation>pain {before} → {after}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="130" />
      <source>recorded anyway: {reason}</source>
      <translation>recorded anyway: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/row_parts.py" line="104" />
      <location filename="src/backplan/ui/today/row_parts.py" line="107" />
      <source>{kind}, {n} minutes</source>
      <translation>{kind}, {n} minutes</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/rule_break_card.py" line="53" />
      <source>{name}, taken at {time}: {rules} ({reason}).</source>
      <translation>{name}, taken at {time}: {rules} ({reason}).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/courses_card.py" line="43" />
      <source>{name}: day {day} of {total}</source>
      <translation>{name}: day {day} of {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/stock_card.py" line="54" />
      <source>{name}: {left} left</source>
      <translation>{name}: {left} left</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/today/timeline.py" line="115" />
      <source>{time} left</source>
      <translation>{time} left</translation>
    </message>
  </context>
  <context>
    <name>UndoGuard</name>
    <message>
      <location filename="src/backplan/ui/common/undo_guard.py" line="114" />
      <source>The plan of {name} was changed elsewhere (another workstation or the command line). The undo history was cleared, so Undo cannot take back that change.</source>
      <translation>The plan of {name} was changed elsewhere (another workstation or the command line). The undo history was cleared, so Undo cannot take back that change.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/undo_guard.py" line="117" />
      <source>a patient</source>
      <translation>a patient</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="47" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="40" />
      <source>User guide</source>
      <translation>User guide</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/shell/user_guide.py" line="36" />
      <source>backplan user guide</source>
      <translation>backplan user guide</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="75" />
      <source>&amp;Don't take</source>
      <translation>&amp;Don't take</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="78" />
      <source>&amp;Record anyway</source>
      <translation>&amp;Record anyway</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="106" />
      <source>0 is no pain, 10 the worst pain you can imagine</source>
      <translation>0 is no pain, 10 the worst pain you can imagine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="155" />
      <source>About backplan</source>
      <translation>About backplan</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="117" />
      <source>Activity done</source>
      <translation>Activity done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="52" />
      <source>Dose not recorded</source>
      <translation>Dose not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="71" />
      <source>For example: my doctor told me to take it today</source>
      <translation>For example: my doctor told me to take it today</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="163" />
      <source>Free software under the GNU General Public License, version 3 or later ({spdx}).</source>
      <translation>Free software under the GNU General Public License, version 3 or later ({spdx}).</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="121" />
      <source>How was your pain? 0 is no pain, 10 the worst you can imagine.</source>
      <translation>How was your pain? 0 is no pain, 10 the worst you can imagine.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="63" />
      <source>If your prescriber told you otherwise, you can record it anyway. Say why, so that the record shows it:</source>
      <translation>If your prescriber told you otherwise, you can record it anyway. Say why, so that the record shows it:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="136" />
      <source>Mark &amp;done</source>
      <translation>Mark &amp;done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="186" />
      <source>Medicine limits come from the medicines' labels; ask your prescriber or pharmacist about your own doses.</source>
      <translation>Medicine limits come from the medicines' labels; ask your prescriber or pharmacist about your own doses.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="127" />
      <source>Pain &amp;after:</source>
      <translation>Pain &amp;after:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="125" />
      <source>Pain &amp;before:</source>
      <translation>Pain &amp;before:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="124" />
      <source>Pain after</source>
      <translation>Pain after</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="123" />
      <source>Pain before</source>
      <translation>Pain before</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="70" />
      <source>Reason for recording anyway</source>
      <translation>Reason for recording anyway</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="171" />
      <location filename="src/backplan/ui/common/dialogs.py" line="180" />
      <source>Sources of the bundled clinical content</source>
      <translation>Sources of the bundled clinical content</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="58" />
      <source>The plan's safety rules say this dose should not be taken now:</source>
      <translation>The plan's safety rules say this dose should not be taken now:</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="160" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="168" />
      <source>backplan organizes the plan your clinician set; it is not medical advice.</source>
      <translation>backplan organizes the plan your clinician set; it is not medical advice.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="103" />
      <source>not recorded</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/dialogs.py" line="57" />
      <source>{medicine} was not recorded</source>
      <translation>{medicine} was not recorded</translation>
    </message>
  </context>
  <context>
    <name>formatting</name>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="190" />
      <source>1 day</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="215" />
      <source>1 hour</source>
      <translation>1 hour</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="232" />
      <source>1 rep</source>
      <translation>1 rep</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Cold</source>
      <translation>Cold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="268" />
      <source>Cold after {title}</source>
      <translation>Cold after {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Exercise</source>
      <translation>Exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Fridays</source>
      <translation>Fridays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Heat</source>
      <translation>Heat</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="266" />
      <source>Heat before {title}</source>
      <translation>Heat before {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="206" />
      <source>Medicine</source>
      <translation>Medicine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Mondays</source>
      <translation>Mondays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Physical therapy</source>
      <translation>Physical therapy</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Saturdays</source>
      <translation>Saturdays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Stretching</source>
      <translation>Stretching</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Sundays</source>
      <translation>Sundays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Thursdays</source>
      <translation>Thursdays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Tuesdays</source>
      <translation>Tuesdays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="204" />
      <source>Walk</source>
      <translation>Walk</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="121" />
      <source>Wednesdays</source>
      <translation>Wednesdays</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="164" />
      <source>as needed: at least {hours} h apart, at most {count} in 24 h</source>
      <translation>as needed: at least {hours} h apart, at most {count} in 24 h</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="171" />
      <source>at {time}, repeating by the rule {rule}</source>
      <translation>at {time}, repeating by the rule {rule}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>both sides together</source>
      <translation>both sides together</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="223" />
      <source>cold {n} min after</source>
      <translation>cold {n} min after</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="143" />
      <source>daily at {time}</source>
      <translation>daily at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="182" />
      <source>during a flare-up</source>
      <translation>during a flare-up</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>each side</source>
      <translation>each side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="144" />
      <source>every {n} days at {time}</source>
      <translation>every {n} days at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="152" />
      <source>every {n} weeks, {days} at {time}</source>
      <translation>every {n} weeks, {days} at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="113" />
      <source>from {start}</source>
      <translation>from {start}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="221" />
      <source>heat {n} min before</source>
      <translation>heat {n} min before</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="239" />
      <source>hold {n} s</source>
      <translation>hold {n} s</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>left side</source>
      <translation>left side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="189" />
      <source>no end date</source>
      <translation>no end date</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="224" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="175" />
      <source>once, {day} at {time}</source>
      <translation>once, {day} at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="243" />
      <source>right side</source>
      <translation>right side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="151" />
      <source>{days} at {time}</source>
      <translation>{days} at {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="88" />
      <source>{first} and {last}</source>
      <translation>{first} and {last}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="190" />
      <source>{n} days</source>
      <translation>{n} days</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="215" />
      <source>{n} hours</source>
      <translation>{n} hours</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="213" />
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="232" />
      <source>{n} reps</source>
      <translation>{n} reps</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="231" />
      <source>{n} sets</source>
      <translation>{n} sets</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="234" />
      <source>{sets} sets x {reps}</source>
      <translation>{sets} sets x {reps}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="116" />
      <source>{start} to {last}</source>
      <translation>{start} to {last}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="161" />
      <source>{times} daily</source>
      <translation>{times} daily</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/formatting.py" line="162" />
      <source>{times} on {days}</source>
      <translation>{times} on {days}</translation>
    </message>
  </context>
  <context>
    <name>routine_player</name>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="68" />
      <source>0 = no pain</source>
      <translation>0 = no pain</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="41" />
      <source>0 is no pain, 10 is the worst pain you can imagine. Type a number.</source>
      <translation>0 is no pain, 10 is the worst pain you can imagine. Type a number.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="69" />
      <source>10 = worst pain you can imagine</source>
      <translation>10 = worst pain you can imagine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="195" />
      <source>About {m} minutes.</source>
      <translation>About {m} minutes.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Back to the previous rep</source>
      <translation>Back to the previous rep</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="56" />
      <source>Change sides</source>
      <translation>Change sides</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="216" />
      <location filename="src/backplan/ui/routine/player.py" line="256" />
      <source>Choose your pain score first (type a number), then press Enter</source>
      <translation>Choose your pain score first (type a number), then press Enter</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="89" />
      <source>Chosen: {n} out of 10</source>
      <translation>Chosen: {n} out of 10</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="303" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="303" />
      <source>Close the routine</source>
      <translation>Close the routine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="208" />
      <source>Close without starting</source>
      <translation>Close without starting</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/timer_ring.py" line="37" />
      <source>Countdown</source>
      <translation>Countdown</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="254" />
      <source>Done</source>
      <translation>Done</translation>
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
      <translation>Exercise {n} of {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="298" />
      <source>Exercises</source>
      <translation>Exercises</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="474" />
      <source>Exercises done: {done} of {total}</source>
      <translation>Exercises done: {done} of {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="240" />
      <location filename="src/backplan/ui/routine/player.py" line="395" />
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="346" />
      <source>From your clinician: {note}</source>
      <translation>From your clinician: {note}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="55" />
      <source>Get ready</source>
      <translation>Get ready</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="53" />
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="243" />
      <source>How is your pain now?</source>
      <translation>How is your pain now?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="201" />
      <source>How is your pain right now?</source>
      <translation>How is your pain right now?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="220" />
      <location filename="src/backplan/ui/routine/step_view.py" line="223" />
      <source>How to do it</source>
      <translation>How to do it</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="324" />
      <source>Keep going</source>
      <translation>Keep going</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="324" />
      <source>Keep going with the routine</source>
      <translation>Keep going with the routine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="143" />
      <source>Keys: Space pause · Enter done · → skip · ← back · Page Down next exercise · Esc stop</source>
      <translation>Keys: Space pause · Enter done · → skip · ← back · Page Down next exercise · Esc stop</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="250" />
      <source>Left arrow or P</source>
      <translation>Left arrow or P</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="44" />
      <source>Left side</source>
      <translation>Left side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="261" />
      <source>Next exercise</source>
      <translation>Next exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="76" />
      <source>Next: {what}</source>
      <translation>Next: {what}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="208" />
      <source>Not now</source>
      <translation>Not now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="86" />
      <source>Nothing chosen yet</source>
      <translation>Nothing chosen yet</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="513" />
      <source>Nothing will be recorded if you stop now.</source>
      <translation>Nothing will be recorded if you stop now.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="264" />
      <source>Page Down</source>
      <translation>Page Down</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/pain_scale.py" line="54" />
      <source>Pain {n}</source>
      <translation>Pain {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="476" />
      <source>Pain: {before} before, {after} after</source>
      <translation>Pain: {before} before, {after} after</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="465" />
      <source>Partly done: {names}.</source>
      <translation>Partly done: {names}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <location filename="src/backplan/ui/routine/step_view.py" line="375" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="54" />
      <source>Paused</source>
      <translation>Paused</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="90" />
      <source>Picture: {name}</source>
      <translation>Picture: {name}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="58" />
      <source>Press Done when finished</source>
      <translation>Press Done when finished</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="341" />
      <source>Press Done when you have finished.</source>
      <translation>Press Done when you have finished.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="70" />
      <source>Rep {n} of {total}</source>
      <translation>Rep {n} of {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="57" />
      <source>Rest</source>
      <translation>Rest</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="375" />
      <source>Resume</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Right arrow or N</source>
      <translation>Right arrow or N</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="46" />
      <source>Right side</source>
      <translation>Right side</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="105" />
      <source>Routine: {title}</source>
      <translation>Routine: {title}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="253" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="254" />
      <source>Save the routine as done</source>
      <translation>Save the routine as done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="490" />
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="69" />
      <source>Set {n} of {total}</source>
      <translation>Set {n} of {total}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="257" />
      <source>Skip this step</source>
      <translation>Skip this step</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="262" />
      <source>Skip to the next exercise</source>
      <translation>Skip to the next exercise</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="467" />
      <source>Skipped: {names}.</source>
      <translation>Skipped: {names}.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="252" />
      <source>Space</source>
      <translation>Space</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="213" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="214" />
      <source>Start the routine</source>
      <translation>Start the routine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="266" />
      <source>Stop</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="343" />
      <source>Stop an exercise if it causes severe pain or pain that spreads, and tell your clinician.</source>
      <translation>Stop an exercise if it causes severe pain or pain that spreads, and tell your clinician.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="327" />
      <location filename="src/backplan/ui/routine/player.py" line="327" />
      <source>Stop and record what I did</source>
      <translation>Stop and record what I did</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="266" />
      <source>Stop the routine</source>
      <translation>Stop the routine</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="315" />
      <source>Stop the routine?</source>
      <translation>Stop the routine?</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="330" />
      <location filename="src/backplan/ui/routine/player.py" line="330" />
      <source>Stop without recording</source>
      <translation>Stop without recording</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="395" />
      <source>Stopped early</source>
      <translation>Stopped early</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="463" />
      <source>Stopped early.</source>
      <translation>Stopped early.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="294" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="213" />
      <location filename="src/backplan/ui/routine/step_view.py" line="215" />
      <source>Take care</source>
      <translation>Take care</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="450" />
      <source>This could not be saved: {reason}</source>
      <translation>This could not be saved: {reason}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="254" />
      <source>This rep is done</source>
      <translation>This rep is done</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="471" />
      <source>Time taken: {time}</source>
      <translation>Time taken: {time}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="289" />
      <location filename="src/backplan/ui/routine/player.py" line="490" />
      <source>Well done!</source>
      <translation>Well done!</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="511" />
      <source>You can record what you have done so far, or stop without recording.</source>
      <translation>You can record what you have done so far, or stop without recording.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/step_view.py" line="61" />
      <source>of {n}</source>
      <translation>of {n}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="59" />
      <source>{m} min {s} s</source>
      <translation>{m} min {s} s</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="193" />
      <source>{n} exercises, about {m} minutes.</source>
      <translation>{n} exercises, about {m} minutes.</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="58" />
      <source>{s} s</source>
      <translation>{s} s</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="482" />
      <source>– {name} (skipped)</source>
      <translation>– {name} (skipped)</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/routine/player.py" line="481" />
      <source>◐ {name} (partly done)</source>
      <translation>◐ {name} (partly done)</translation>
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
      <translation>Caution</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Get help</source>
      <translation>Get help</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Not allowed now</source>
      <translation>Not allowed now</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="233" />
      <source>Please check</source>
      <translation>Please check</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="236" />
      <source>Source: {source}</source>
      <translation>Source: {source}</translation>
    </message>
    <message>
      <location filename="src/backplan/ui/common/widgets.py" line="261" />
      <source>{table}: column titles</source>
      <translation>{table}: column titles</translation>
    </message>
  </context>
</TS>
