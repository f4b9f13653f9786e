"""NJ01-NJ05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set W: small practices' home-made forms and notes with unusual label wordings and punctuation
("Pt. name", "D.O.B.", "Carrier", "Cert #", "Ref. MD", "Why referred", "Call back #", "Fax back to" ...),
labels ending in dashes, equals signs, arrows or dotted leaders, labels in parentheses or after the value,
mixed-case and ALL-CAPS values. One specialty each, practices spread over the US.
"""
from common import npi, P, D, box, page, esc


# ====================================================================== NJ01
def nj01():
    """Word-processor table form (Portland, Maine family practice -> cardiology): gray header row, 'Pt. name',
    'D.O.B.', 'Gender', 'Ins. Co.', 'Policy #', 'Ref. MD', 'Consultant', 'Dx', 'Why referred', 'Priority level';
    ALL-CAPS values; page 2 is the EHR medication list with other prescribers, pharmacy phone and fill dates."""
    f = {
        "patient_last_name": "THIBODEAU",
        "patient_first_name": "ROLAND",
        "patient_dob": "1951-06-30",
        "patient_sex": "M",
        "patient_phone": "2077814432",
        "patient_mrn": "PCH-558210",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "YRL882047153",
        "referring_provider": "Eleanor Quimby",
        "referring_npi": npi("145392071"),
        "referring_phone": "2078746200",
        "referring_fax": "2078746215",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Samir Haddad",
        "diagnosis_codes": ["I48.91", "R00.2"],
        "reason": "Intermittent palpitations for 3 months; new atrial fibrillation on office ECG, rate controlled on "
                  "metoprolol. Please evaluate and advise on anticoagulation.",
        "urgency": "routine",
        "referral_date": "2026-03-16",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.lh { font-family:'Liberation Serif', serif; text-align:center; }
.lh .n { font-size:16pt; font-weight:bold; }
.lh .a { font-size:9pt; }
h1 { text-align:center; font-size:14pt; text-decoration:underline; margin:12px 0 10px 0; }
table.w { width:100%; table-layout:fixed; margin-bottom:10px; }
table.w td { border:1px solid #000; padding:4px 5px; vertical-align:top; }
table.w td.l { width:1.3in; font-weight:bold; }
table.w tr.h td { background:#d0d0d0; font-weight:bold; text-align:center; letter-spacing:1px; }
.note { font-size:9pt; margin-top:6px; }
.sig { margin-top:22px; display:flex; gap:0.5in; font-size:9pt; }
.sig div { flex:1; border-top:1px solid #000; padding-top:2px; }
.sig .s { font-family:'Z003', cursive; font-size:17pt; border:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
h2 { font-size:12pt; margin:0 0 2px 0; }
table.m { width:100%; font-size:9pt; }
table.m th, table.m td { border-bottom:1px solid #000; padding:3px 4px; text-align:left; vertical-align:top; }
table.m th { border-top:2px solid #000; }
.bn { display:flex; justify-content:space-between; border:1px solid #000; padding:3px 6px; font-size:9pt; margin-bottom:8px; }
"""

    def row(l1, v1, l2, v2):
        return f'<tr><td class="l">{l1}</td><td>{v1}</td><td class="l">{l2}</td><td>{v2}</td></tr>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Casco Bay Family Practice</div>
<div class="a">22 Bramhall Street, 3rd floor &nbsp;|&nbsp; Portland, ME 04102</div>
<div class="a">Tel {P(f['referring_phone'], 'dot')} &nbsp;|&nbsp; Fax {P(f['referring_fax'], 'dot')}</div></div>
<h1>REFERRAL REQUEST</h1>
<table class="w">
<tr class="h"><td colspan="4">PATIENT INFORMATION</td></tr>
{row('Pt. name:', 'THIBODEAU, ROLAND P.', 'D.O.B.:', D(f['patient_dob'], 'us'))}
{row('Gender:', 'MALE', 'Acct. no.:', f['patient_mrn'])}
{row('Phone:', P(f['patient_phone'], 'dot') + ' (home)', 'Alt. contact:', 'JEANNE THIBODEAU (DAUGHTER) ' + P('2075710938', 'dot'))}
{row('Address:', '58 PLEASANT AVE', 'Town/Zip:', 'SOUTH PORTLAND 04106')}
<tr class="h"><td colspan="4">INSURANCE</td></tr>
{row('Ins. Co.:', 'ANTHEM BLUE CROSS AND BLUE SHIELD', 'Policy #:', f['insurance_member_id'])}
{row('Group:', '170448M002', 'Subscriber:', 'SELF')}
<tr class="h"><td colspan="4">REFERRING</td></tr>
{row('Ref. MD:', 'ELEANOR QUIMBY, MD', 'NPI:', f['referring_npi'])}
{row('Office #:', P(f['referring_phone'], 'dot'), 'Fax #:', P(f['referring_fax'], 'dot'))}
<tr class="h"><td colspan="4">CONSULTANT</td></tr>
{row('Specialty:', 'CARDIOLOGY', 'Consultant:', 'DR. SAMIR HADDAD')}
{row('Practice:', 'MAINE HEART RHYTHM ASSOC.', 'Their fax:', P('2076627741', 'dot'))}
<tr class="h"><td colspan="4">CLINICAL</td></tr>
<tr><td class="l">Dx:</td><td colspan="3">I48.91 &ndash; Unspecified atrial fibrillation<br>R00.2 &ndash; Palpitations</td></tr>
<tr><td class="l">Why referred:</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">Notes:</td><td colspan="3">TSH normal {D('2026-02-20', 'mdyy')}. Echo not yet done. CHA2DS2-VASc 2 (age, HTN). Currently on aspirin 81 mg only.</td></tr>
{row('Priority level:', 'Routine', 'Date:', D(f['referral_date'], 'us'))}
</table>
<div class="note">Records enclosed: med list (1 page). Please send consult note to Dr. Quimby at the fax above.</div>
<div class="sig"><div class="s">Eleanor Quimby</div><div class="s">&nbsp;</div></div>
<div class="sig" style="margin-top:0"><div>Signature</div><div>Date</div></div>
<div class="ft">CBFP referral form (Word template, updated 2019) &mdash; page 1 of 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<h2>Current Medication List</h2>
<div class="bn"><span>THIBODEAU, ROLAND P &nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp; Acct {f['patient_mrn']}</span><span>Printed {D('2026-03-16', 'us')} 14:02</span></div>
<table class="m">
<tr><th>Medication</th><th>Sig</th><th>Prescriber</th><th>Started</th><th>Last filled</th></tr>
<tr><td>Metoprolol succinate ER 50 mg tab</td><td>1 tab by mouth daily</td><td>Quimby, Eleanor</td><td>{D('2026-03-09', 'us')}</td><td>{D('2026-03-09', 'us')}</td></tr>
<tr><td>Aspirin 81 mg EC tab</td><td>1 tab daily</td><td>OTC</td><td>{D('2019-05-14', 'us')}</td><td>&mdash;</td></tr>
<tr><td>Lisinopril 20 mg tab</td><td>1 tab daily</td><td>Ouellette, Paul (prior PCP)</td><td>{D('2017-11-02', 'us')}</td><td>{D('2026-02-27', 'us')}</td></tr>
<tr><td>Atorvastatin 40 mg tab</td><td>1 tab at bedtime</td><td>Quimby, Eleanor</td><td>{D('2022-08-30', 'us')}</td><td>{D('2026-02-27', 'us')}</td></tr>
<tr><td>Tamsulosin 0.4 mg cap</td><td>1 cap 30 min after supper</td><td>Garrity, Neil (urology)</td><td>{D('2023-04-18', 'us')}</td><td>{D('2026-01-30', 'us')}</td></tr>
<tr><td>Omeprazole 20 mg cap</td><td>1 cap before breakfast PRN</td><td>Quimby, Eleanor</td><td>{D('2024-10-07', 'us')}</td><td>{D('2025-12-12', 'us')}</td></tr>
</table>
<p style="font-size:9pt">Allergies: PENICILLIN (hives), SULFA (rash).<br>
Preferred pharmacy: Hannaford Pharmacy #8214, 295 Forest Ave, Portland ME &mdash; {P('2077610452', 'dot')}<br>
Discontinued: Diltiazem ER 120 mg (stopped {D('2026-03-09', 'us')}, dizziness).</p>
<div class="ft">Casco Bay Family Practice &mdash; page 2 of 2</div>
</div></div>"""
    return dict(html=page("NJ01", css, p1 + p2), fields=f, pages=2,
                kind="word_table_form_pt_name_ref_md_consultant_all_caps_values_plus_med_list_to_cardiology",
                mode="standard",
                fax=dict(when="03/16/2026 14:09", name="CASCO BAY FAM PRAC", number=f["referring_fax"],
                         to="2076627741", fmt="a"))


# ====================================================================== NJ02
def nj02():
    """Google-Docs-like plain form (Madison, WI clinic -> dermatology): Arial, no boxes, labels ending in
    ' - ' or ' = ', 'Birthdate', 'Carrier', 'Subscriber no.', 'Referring clinician' (PA-C), 'Specialist requested'
    with no named provider, 'Chief concern', 'Best # to reach', 'Fax back to', 'Timeframe'. No MRN."""
    f = {
        "patient_last_name": "Lindqvist",
        "patient_first_name": "Annika",
        "patient_dob": "1989-02-11",
        "patient_sex": "F",
        "patient_phone": "6082957713",
        "insurance_payer": "Quartz",
        "insurance_member_id": "QTZ60318842",
        "referring_provider": "Megan Halvorsen",
        "referring_npi": npi("172650318"),
        "referring_phone": "6082513300",
        "referring_fax": "6082513390",
        "referred_to_specialty": "dermatology",
        "diagnosis_codes": ["D48.5", "Z80.8"],
        "reason": "Changing pigmented lesion on left upper back, irregular border, grew about 3 mm since fall; "
                  "mother had melanoma. Please evaluate and biopsy.",
        "urgency": "urgent",
        "referral_date": "2026-03-09",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height:1.5; }
.t { font-size:20pt; margin:0 0 2px 0; }
.st { font-size:11pt; color:#000; margin-bottom:14px; }
h3 { font-size:13pt; font-weight:normal; margin:14px 0 2px 0; }
p { margin:0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="t">Skin referral</div>
<div class="st">Lakeview Family Medicine &middot; 1402 Regent St, Madison WI 53711 (use this doc, don't edit the template!!)</div>
<p>Date sent - {D(f['referral_date'], 'us_short')}</p>
<h3>Patient</h3>
<p>Pt name - Lindqvist, Annika</p>
<p>Birthdate - {D(f['patient_dob'], 'abbr')}</p>
<p>Gender - female</p>
<p>Phone = {P(f['patient_phone'], 'dash')} (cell, ok to leave msg)</p>
<p>Chart # - </p>
<h3>Coverage</h3>
<p>Carrier - Quartz</p>
<p>Subscriber no. - {f['insurance_member_id']}</p>
<p>Group - 5520-UW</p>
<h3>From</h3>
<p>Referring clinician - Megan Halvorsen, PA-C</p>
<p>NPI # - {f['referring_npi']}</p>
<p>Supervising - Dr. Thomas Everly</p>
<p>Best # to reach office - {P(f['referring_phone'], 'dash')}</p>
<p>Fax back to - {P(f['referring_fax'], 'dash')}</p>
<h3>To</h3>
<p>Specialist requested - Dermatology (any provider / first available)</p>
<p>Send to - UW Health Dermatology, fax {P('6082655720', 'dash')}</p>
<h3>Clinical</h3>
<p>ICD - D48.5 (neoplasm of uncertain behavior, skin), Z80.8 (fam hx malignant neoplasm)</p>
<p>Chief concern - {esc(f['reason'])}</p>
<p>Photos - taken {D('2025-10-21', 'us_short')} and {D('2026-03-06', 'us_short')}, in chart, can send on request</p>
<p>Timeframe - URGENT, within 2 weeks please</p>
<p style="margin-top:16px">Questions?? call Kayla (referral coordinator) ext 214</p>
<div class="ft">Lakeview FM referral doc v3 &nbsp;&middot;&nbsp; 1 page</div>
</div></div>"""
    return dict(html=page("NJ02", css, body), fields=f, pages=1,
                kind="google_docs_plain_form_dash_and_equals_labels_no_named_consultant_to_dermatology",
                mode="fine",
                fax=dict(when="03/09/2026 10:41", name="LAKEVIEW FM", number=f["referring_fax"],
                         to="6082655720", fmt="e"))


# ====================================================================== NJ03
def nj03():
    """Typed note on letterhead (Weaverville/Asheville NC family health -> neurology): 'Pt.', 'D.O.B.',
    'Ordering NP', 'Consultant', 'Call back #', 'Fax back to' run into short typed lines; page 2 is the visit note
    with a supervising physician, the spouse and a pharmacy as distractors. Page 1 skewed."""
    f = {
        "patient_last_name": "Whitaker",
        "patient_first_name": "Darnell",
        "patient_dob": "1962-09-17",
        "patient_sex": "M",
        "patient_phone": "8286452291",
        "patient_mrn": "BRFH-20931",
        "insurance_payer": "Blue Cross and Blue Shield of North Carolina",
        "insurance_member_id": "YPW918273645",
        "referring_provider": "Jolene Harte",
        "referring_npi": npi("138820547"),
        "referring_phone": "8286584100",
        "referring_fax": "8286584122",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Caroline Ashby",
        "diagnosis_codes": ["G25.0", "R26.81"],
        "reason": "Worsening bilateral hand tremor over one year, now with unsteady gait and two near-falls; please "
                  "evaluate for essential tremor versus early Parkinson disease.",
        "urgency": "routine",
        "referral_date": "2026-03-04",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; line-height:1.4; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:6px; }
.lh .n { font-family:'URW Bookman', serif; font-size:17pt; }
.lh .a { font-size:9pt; text-align:right; line-height:1.3; }
.typed { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10.5pt; line-height:1.45; margin-top:16px; }
.typed p { margin:0 0 10px 0; }
.sig { font-family:'Z003', cursive; font-size:19pt; margin:2px 0 0 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; font-style:italic; }
h2 { font-family:'Liberation Sans', Arial, sans-serif; font-size:12pt; margin:10px 0 4px 0; }
.vn { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; line-height:1.35; }
.vn p { margin:0 0 6px 0; }
"""
    lh = f"""<div class="lh"><div class="n">Blue Ridge Family Health</div>
<div class="a">Weaverville Office &middot; 68 N Main St, Weaverville NC 28787<br>
Ph {P(f['referring_phone'], 'slash')} &middot; Fx {P(f['referring_fax'], 'slash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<div class="typed">
<p>{D(f['referral_date'], 'long')}</p>
<p>To: Consultant - Neurology<br>
&nbsp;&nbsp;&nbsp;&nbsp;Caroline Ashby, MD, Mountain Neurology Associates<br>
&nbsp;&nbsp;&nbsp;&nbsp;fax {P('8282587345', 'slash')}</p>
<p>Re: Pt. WHITAKER, Darnell &nbsp;/&nbsp; D.O.B. {D(f['patient_dob'], 'us_dash')} &nbsp;/&nbsp; male<br>
&nbsp;&nbsp;&nbsp;&nbsp;Chart no. {f['patient_mrn']} &nbsp;/&nbsp; {P(f['patient_phone'], 'slash')} (home)<br>
&nbsp;&nbsp;&nbsp;&nbsp;Ins: Blue Cross and Blue Shield of North Carolina, ID {f['insurance_member_id']}</p>
<p>Dr. Ashby,</p>
<p>Referring this pleasant 63 y/o man to you on a routine basis. Why referred:
{esc(f['reason'])}</p>
<p>Dx: G25.0 (essential tremor) ; R26.81 (unsteadiness on feet).</p>
<p>Tremor is action/postural, R &gt; L, mild head tremor, improves somewhat with a beer per wife. No rigidity I
could appreciate, but decreased arm swing on the right. TSH, B12 and CMP normal last month. Not on any
tremorgenic meds. Trial of propranolol 20 mg BID was poorly tolerated (fatigue).</p>
<p>Last visit note attached. Call back # for our office is {P(f['referring_phone'], 'slash')}; please fax
back to {P(f['referring_fax'], 'slash')}.</p>
<p style="margin-bottom:0">Thank you,</p>
<div class="sig">Jolene Harte</div>
<p>Ordering NP: Jolene M. Harte, FNP-C<br>NPI {f['referring_npi']}<br>
Collaborating physician: Howard Pence, MD</p>
</div>
<div class="ft">CONFIDENTIAL &mdash; intended only for the addressee. If received in error please call {P(f['referring_phone'], 'slash')}.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{lh}
<h2>Office Visit &mdash; {D('2026-02-24', 'us')}</h2>
<div class="vn">
<p><b>Patient:</b> Darnell Whitaker &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Provider:</b> Jolene M. Harte, FNP-C &nbsp; <b>Visit type:</b> Follow-up</p>
<p><b>CC:</b> "shaky hands getting worse", also "wobbly" walking.</p>
<p><b>HPI:</b> 63 yo M with HTN, hyperlipidemia. Tremor first noticed around {D('2025-01-15', 'abbr')} when signing checks; now spills
coffee, difficulty buttoning. Wife Loretta (cell {P('8286459920', 'slash')}) reports he has almost fallen twice on the back
steps in the last month. No falls with injury. No LOC, no numbness. Sleep ok, no dream enactment per wife. Sense of smell
"not great". Father had "the shakes" in his 70s.</p>
<p><b>Meds:</b> lisinopril 10 mg daily, atorvastatin 20 mg daily. Propranolol stopped {D('2026-02-10', 'us')}.</p>
<p><b>Vitals:</b> BP 134/82, HR 71, Wt 198 lb, BMI 29.1.</p>
<p><b>Exam:</b> Bilateral postural and kinetic tremor of hands, R &gt; L, no rest tremor at this time. Mild head tremor (yes-yes).
Tone normal. Finger taps slightly slowed on R. Gait: narrow base, decreased R arm swing, turns in 3 steps, pull test 2
steps to recover.</p>
<p><b>Labs ({D('2026-02-03', 'us')}):</b> TSH 1.9, B12 512, CMP wnl.</p>
<p><b>A/P:</b> 1. Tremor, likely essential tremor, but asymmetric features and gait change &mdash; refer neurology. 2. Fall risk &mdash;
PT home safety eval discussed; grab bars. 3. HTN controlled. RTC 3 months or sooner prn.</p>
<p>Pharmacy: Ingles Pharmacy Weaverville {P('8286456810', 'slash')}.</p>
<p>Electronically signed by Jolene M. Harte, FNP-C on {D('2026-02-24', 'us')} 17:48. Co-signed Howard Pence, MD {D('2026-02-25', 'us')}.</p>
</div>
<div class="ft">Blue Ridge Family Health &mdash; visit note</div>
</div></div>"""
    return dict(html=page("NJ03", css, p1 + p2), fields=f, pages=2,
                kind="typed_note_on_letterhead_ordering_np_consultant_call_back_plus_visit_note_to_neurology",
                mode="standard", skew={1: 1.3},
                fax=dict(when="03/04/2026 15:27", name="BLUE RIDGE FAM HLTH", number=f["referring_fax"],
                         to="8282587345", fmt="c"))


# ====================================================================== NJ04
def nj04():
    """Half-page referral slip (Duluth, MN clinic -> orthopedics), small type, labels in parentheses before
    the values, cut line across the middle and the bottom half blank. No MRN, sex, office phone, named consultant
    or urgency."""
    f = {
        "patient_last_name": "Karjala",
        "patient_first_name": "Eino",
        "patient_dob": "1948-11-02",
        "patient_phone": "2187243358",
        "insurance_payer": "Medica",
        "insurance_member_id": "8834002170",
        "referring_provider": "Greta Lindahl",
        "referring_npi": npi("160284417"),
        "referring_fax": "2187283916",
        "referred_to_specialty": "orthopedics",
        "diagnosis_codes": ["M17.11"],
        "reason": "Right knee osteoarthritis, failed 6 months of PT and two steroid injections; wants to discuss "
                  "knee replacement.",
        "urgency": "routine",
        "referral_date": "2026-03-12",
    }
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size: 10pt; }
.slip { border:1.5px solid #000; padding:8px 10px; height:3.9in; position:relative; }
.top { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:3px; margin-bottom:6px; }
.top .n { font-size:13pt; font-weight:bold; letter-spacing:1px; }
.top .r { font-size:9pt; text-align:right; }
.ln { display:flex; gap:14px; margin:5px 0; }
.ln .c { flex:1; border-bottom:1px solid #000; padding-bottom:1px; }
.ln .c i { font-style:normal; font-size:8.5pt; }
.ln .c b { font-weight:bold; font-size:10.5pt; }
.sm { font-size:8.5pt; }
.cut { margin-top:0.35in; text-align:center; font-size:9pt; letter-spacing:3px; border-top:1.5px dashed #000; padding-top:2px; }
.ft { position:absolute; bottom:4px; left:10px; right:10px; font-size:7.5pt; text-align:right; }
"""

    def c(label, val, flex=1):
        return f'<div class="c" style="flex:{flex}"><i>({label})</i> <b>{val}</b></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="slip">
<div class="top"><div class="n">NORTH SHORE FAMILY CLINIC &mdash; REFERRAL SLIP</div>
<div class="r">4621 E Superior St, Duluth MN 55804<br>Fax back to {P(f['referring_fax'], 'dash')}</div></div>
<div class="ln">{c('pt', 'Karjala, Eino', 2)}{c('dob', D(f['patient_dob'], 'us_short'))}</div>
<div class="ln">{c('ph', P(f['patient_phone'], 'dash'))}{c('chart', '')}</div>
<div class="ln">{c('ins. co.', 'Medica')}{c('id#', f['insurance_member_id'])}</div>
<div class="ln">{c('ref. MD', 'Greta Lindahl, MD')}{c('NPI', f['referring_npi'])}</div>
<div class="ln">{c('send to', 'Orthopedics &mdash; Duluth Bone &amp; Joint, 1000 E 1st St', 2)}{c('specialist', '')}</div>
<div class="ln">{c('dx', 'M17.11 &nbsp;Unilat. primary OA, right knee', 2)}{c('date', D(f['referral_date'], 'us_short'))}</div>
<div class="ln">{c('why', esc(f['reason']), 1)}</div>
<div class="ln">{c('imaging', 'XR R knee ' + D('2026-01-08', 'us_short') + ' &ndash; severe medial joint space narrowing, osteophytes')}</div>
<div class="sm" style="margin-top:8px">Patient will call to schedule &nbsp;&bull;&nbsp; Records: last 2 office notes + XR report on request &nbsp;&bull;&nbsp; Signed: <span style="font-family:'Z003',cursive;font-size:14pt">G. Lindahl</span></div>
<div class="ft">NSFC-12 (pad of 50)</div>
</div>
<div class="cut">&#9986; &nbsp;- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -</div>
</div></div>"""
    return dict(html=page("NJ04", css, body), fields=f, pages=1,
                kind="half_page_referral_slip_labels_in_parentheses_no_urgency_no_consultant_to_orthopedics",
                mode="fine", urgency_printed=False,
                fax=dict(when="03/12/2026 08:55", name="NORTH SHORE FAM CLINIC", number=f["referring_fax"],
                         to="2187277370", fmt="d"))


# ====================================================================== NJ05
def nj05():
    """Two-referrals-per-page log form (Lubbock, TX clinic -> gastroenterology): arrow labels ('Pt ->',
    'Carrier ->', 'Cert # ->', 'Ref. MD ->', 'Specialist requested ->', 'Why referred ->', 'Priority level ->');
    slot 1 filled, slot 2 left blank; page 2 is a CBC / iron panel with distractor dates and lab phone."""
    f = {
        "patient_last_name": "GARZA",
        "patient_first_name": "ROSALINDA",
        "patient_dob": "1957-04-22",
        "patient_sex": "F",
        "patient_phone": "8067921184",
        "patient_mrn": "00481127",
        "insurance_payer": "FirstCare Health Plans",
        "insurance_member_id": "FC7730918",
        "referring_provider": "Hector Villarreal",
        "referring_npi": npi("120954873"),
        "referring_phone": "8067956610",
        "referring_fax": "8067956618",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Lauren Pickett",
        "diagnosis_codes": ["K92.1", "D50.0"],
        "reason": "Two episodes of black tarry stools with new iron deficiency anemia, Hgb 8.9; on aspirin and "
                  "naproxen. Please schedule EGD and colonoscopy.",
        "urgency": "urgent",
        "referral_date": "2026-03-18",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; border-bottom:2.5px solid #000; padding-bottom:3px; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; }
.slot { border:1.2px solid #000; margin-top:8px; padding:4px 8px 6px 8px; }
.slot .sn { font-weight:bold; font-size:9.5pt; background:#000; color:#fff; display:inline-block; padding:1px 6px; margin-bottom:3px; }
table.a { width:100%; table-layout:fixed; }
table.a td { padding:2.5px 3px; vertical-align:top; }
table.a td.l { width:1.55in; white-space:nowrap; }
table.a td.v { border-bottom:1px dotted #000; font-family:'DejaVu Sans Mono', monospace; font-size:9pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
.lab { font-family:'Liberation Mono', monospace; font-size:9pt; line-height:1.3; }
.lab table { width:100%; }
.lab th, .lab td { text-align:left; padding:1px 4px; }
.lab th { border-top:1px solid #000; border-bottom:1px solid #000; }
"""

    def r2(l1, v1, l2, v2):
        return (f'<tr><td class="l">{l1} &rarr;</td><td class="v">{v1}</td>'
                f'<td class="l" style="width:1.05in">{l2} &rarr;</td><td class="v">{v2}</td></tr>')

    def r1(l1, v1):
        return f'<tr><td class="l">{l1} &rarr;</td><td class="v" colspan="3">{v1}</td></tr>'

    def slot(n, v):
        return f"""<div class="slot"><div class="sn">REFERRAL {n}</div>
<table class="a">
{r2('Pt (last, first)', v.get('pt', '&nbsp;'), 'D.O.B.', v.get('dob', ''))}
{r2('Sex', v.get('sex', ''), 'Acct#', v.get('acct', ''))}
{r2('Pt phone', v.get('ph', ''), 'Lang.', v.get('lang', ''))}
{r2('Carrier', v.get('carrier', ''), 'Cert #', v.get('cert', ''))}
{r1('Specialist requested', v.get('spec', '&nbsp;'))}
{r1('Dx / ICD', v.get('dx', '&nbsp;'))}
{r1('Why referred', v.get('why', '&nbsp;<br>&nbsp;'))}
{r2('Priority level', v.get('pri', ''), 'Date', v.get('date', ''))}
</table></div>"""

    v1 = dict(pt="GARZA, ROSALINDA", dob=D(f['patient_dob'], 'us'), sex="F", acct=f['patient_mrn'],
              ph=P(f['patient_phone'], 'paren_nosp'), lang="SPANISH/ENGLISH",
              carrier="FirstCare Health Plans", cert=f['insurance_member_id'],
              spec="GASTROENTEROLOGY &mdash; DR. LAUREN PICKETT, Llano Estacado GI, fax " + P('8067880251', 'paren_nosp'),
              dx="K92.1 MELENA ; D50.0 IRON DEF ANEMIA SEC TO CHRONIC BLOOD LOSS",
              why=esc(f['reason']), pri="URGENT (within 1 wk)", date=D(f['referral_date'], 'us'))
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">CAPROCK FAMILY MEDICINE</div>
<div style="font-size:8.5pt">5302 Slide Rd, Ste 105 &middot; Lubbock, TX 79414</div></div>
<div class="r">OUTGOING REFERRALS &mdash; 2 per sheet<br>Ref. MD &rarr; <b>Hector Villarreal, MD</b> &nbsp; NPI &rarr; {f['referring_npi']}<br>
Call back # &rarr; {P(f['referring_phone'], 'paren_nosp')} &nbsp; Fax back to &rarr; {P(f['referring_fax'], 'paren_nosp')}</div></div>
{slot(1, v1)}
{slot(2, {})}
<div style="margin-top:8px;font-size:8.5pt">Staff: fill one box per patient, fax with last note/labs, log in referral book. &nbsp; Initials: <b>MG</b></div>
<div class="ft"><span>CFM-REF-LOG rev 2021</span><span>pg 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div style="display:flex;justify-content:space-between;border-bottom:1.5px solid #000;padding-bottom:4px;margin-bottom:8px;font-size:8.5pt">
<div><b style="font-size:11pt">SOUTH PLAINS CLINICAL LABORATORY</b><br>3601 4th St, Lubbock TX 79430 &middot; CLIA 45D0661187</div>
<div style="text-align:right">Client services {P('8067437020', 'dash')}<br>Medical director: Anita Krug, MD</div></div>
<div class="lab">
<table>
<tr><td>PATIENT: GARZA, ROSALINDA</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: F</td></tr>
<tr><td>ACCESSION: L26-077-1192</td><td>COLLECTED: {D('2026-03-17', 'us')} 09:20</td><td>REPORTED: {D('2026-03-17', 'us')} 15:05</td></tr>
<tr><td>ORDERING: VILLARREAL, HECTOR</td><td>CLIENT: CAPROCK FM</td><td>ACCT: 2210</td></tr>
</table><br>
<b>CBC</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th></tr>
<tr><td>WBC</td><td>7.4</td><td></td><td>K/uL</td><td>4.0-10.5</td></tr>
<tr><td>HEMOGLOBIN</td><td>8.9</td><td>L</td><td>g/dL</td><td>12.0-15.5</td></tr>
<tr><td>HEMATOCRIT</td><td>28.6</td><td>L</td><td>%</td><td>36.0-46.0</td></tr>
<tr><td>MCV</td><td>71.2</td><td>L</td><td>fL</td><td>80-100</td></tr>
<tr><td>RDW</td><td>18.4</td><td>H</td><td>%</td><td>11.5-15.0</td></tr>
<tr><td>PLATELETS</td><td>412</td><td>H</td><td>K/uL</td><td>150-400</td></tr>
</table><br>
<b>IRON PANEL</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th></tr>
<tr><td>IRON</td><td>22</td><td>L</td><td>ug/dL</td><td>50-170</td></tr>
<tr><td>TIBC</td><td>468</td><td>H</td><td>ug/dL</td><td>250-450</td></tr>
<tr><td>% SATURATION</td><td>5</td><td>L</td><td>%</td><td>15-50</td></tr>
<tr><td>FERRITIN</td><td>6</td><td>L</td><td>ng/mL</td><td>15-150</td></tr>
</table><br>
<b>BUN/CREATININE</b> BUN 31 (H), CREATININE 0.8, RATIO 39 (H)<br><br>
PREVIOUS HEMOGLOBIN: 12.7 g/dL ({D('2025-09-04', 'us')})<br>
Results called to C. Ybarra, LVN {D('2026-03-17', 'us')} 15:12.
</div>
<div class="ft"><span>SOUTH PLAINS CLINICAL LABORATORY &middot; FINAL</span><span>pg 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NJ05", css, p1 + p2), fields=f, pages=2,
                kind="two_slot_referral_log_form_arrow_labels_second_slot_blank_plus_cbc_iron_to_gastroenterology",
                mode="standard", dropouts={1: 2},
                fax=dict(when="03/18/2026 11:32", name="CAPROCK FAMILY MED", number=f["referring_fax"],
                         to="8067880251", fmt="g"))
