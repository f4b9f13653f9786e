"""NE06-NE10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, box, page, esc
from docs_a import CRO_NAME, CRO_PHONE, CRO_FAX


# ====================================================================== NE06
def ne06():
    """New York multi-specialty group: the REFERRED TO block comes first (with the specialist's own numbers),
    the patient block second, the referring block last; urgency checkboxes."""
    f = {
        "patient_last_name": "Rasmussen",
        "patient_first_name": "Eric",
        "patient_dob": "1957-03-09",
        "patient_sex": "M",
        "patient_phone": "7164871953",
        "insurance_payer": "UnitedHealthcare Community Plan",
        "insurance_member_id": "918273645-01",
        "referring_provider": "Leah Brennan",
        "referring_npi": npi("129047751"),
        "referring_phone": "7164838800",
        "referring_fax": "7164838829",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Deepa Venkataraman",
        "diagnosis_codes": ["J44.9", "R91.1"],
        "reason": "Incidental 9 mm right upper lobe nodule on CT with 40 pack-year smoking history; COPD with "
                  "worsening exertional dyspnea.",
        "urgency": "urgent",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 11pt; }
.hd { display:flex; justify-content:space-between; border-bottom:3px solid #000; padding-bottom:4px; }
.hd .n { font-family:'URW Gothic', sans-serif; font-size:16pt; font-weight:bold; }
.hd .r { text-align:right; font-size:9.5pt; line-height:1.35; }
h1 { font-family:'URW Gothic', sans-serif; font-size:13pt; margin:10px 0 8px 0; }
.grp { border:1px solid #000; margin-bottom:10px; padding:6px 8px 4px 8px; position:relative; }
.grp .t { position:absolute; top:-0.09in; left:8px; background:#fff; padding:0 4px; font-family:'URW Gothic', sans-serif;
          font-weight:bold; font-size:10pt; }
.grid { display:grid; grid-template-columns: 1.3in 1fr 1.2in 1fr; row-gap:3px; column-gap:6px; margin-top:4px; }
.grid .l { font-size:9.5pt; color:#000; }
.grid .v { font-weight:bold; }
.urg span { margin-right:0.3in; }
.sig { margin-top:20px; display:flex; gap:0.4in; font-size:9pt; }
.sig div { border-top:1px solid #000; flex:1; padding-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; border-top:1px solid #000; padding-top:2px; }
"""

    def g(*pairs):
        return '<div class="grid">' + "".join(f'<div class="l">{a}</div><div class="v">{b}</div>' for a, b in pairs) + "</div>"

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">CHAUTAUQUA LAKE MEDICAL ASSOCIATES</div>
<div style="font-size:9.5pt">Internal Medicine &middot; Family Medicine &middot; 51 E Fairmount Ave, Jamestown NY 14701</div></div>
<div class="r">Referral Desk {P(f['referring_phone'], 'slash')}<br>Referral Fax {P(f['referring_fax'], 'slash')}</div></div>
<h1>Referral / Consultation Order &nbsp;&middot;&nbsp; {D(f['referral_date'], 'abbr_dot')}</h1>
<div class="grp"><span class="t">REFERRAL TO</span>
{g(('Specialty', 'Pulmonology'), ('Physician', 'Deepa Venkataraman, MD'),
   ('Practice', 'PIRH Lung &amp; Sleep Center'), ('Location', '300 State St, Erie PA'),
   ('Specialist phone', P('8144526480', 'slash')), ('Specialist fax', P('8144526488', 'slash')),
   ('Via', f'{CRO_NAME} Central Referral Office'), ('CRO fax', P(CRO_FAX, 'slash')))}
</div>
<div class="grp"><span class="t">PATIENT</span>
{g(('Last name', 'RASMUSSEN'), ('First name', 'ERIC'),
   ('Birth date', D(f['patient_dob'], 'abbr')), ('Gender', 'Male'),
   ('Phone (cell)', P(f['patient_phone'], 'slash')), ('Language', 'English'),
   ('Health plan', f['insurance_payer']), ('Subscriber ID', f['insurance_member_id']),
   ('Plan phone', P('8005210600', 'one')), ('Prior auth #', 'pending'))}
</div>
<div class="grp"><span class="t">CLINICAL</span>
{g(('ICD-10 (1)', 'J44.9 &ndash; COPD, unspecified'), ('ICD-10 (2)', 'R91.1 &ndash; Solitary pulmonary nodule'))}
<div style="margin-top:6px"><span style="font-size:9.5pt">Reason for referral:</span><br><b>{esc(f['reason'])}</b></div>
<div style="margin-top:6px; font-size:10pt">Spirometry {D('2026-10-21', 'us')}: FEV1 58% predicted, FEV1/FVC 0.61. On tiotropium and albuterol PRN.
CT chest report attached.</div>
<div class="urg" style="margin-top:8px">Urgency: &nbsp; <span>{box(False)}Routine</span><span>{box(True)}Urgent (within 2 weeks)</span><span>{box(False)}STAT</span></div>
</div>
<div class="grp"><span class="t">REFERRING CLINICIAN</span>
{g(('Name', 'Leah M. Brennan, MD'), ('NPI', f['referring_npi']),
   ('Office phone', P(f['referring_phone'], 'dash')), ('Office fax', P(f['referring_fax'], 'dash')),
   ('PCP of record', 'same'), ('Contact', 'Tammy R., referral coordinator'))}
</div>
<div class="sig"><div>Signature of referring clinician</div><div style="flex:0.5">Date</div></div>
<div class="ft">CLMA referral form 4/2025 &middot; Please call the patient directly to schedule; notify our referral desk once scheduled.</div>
</div></div>"""
    return dict(html=page("NE06", css, body), fields=f, pages=1,
                kind="referred_to_block_first_patient_block_second_multispecialty_group_to_pulmonology",
                mode="fine",
                fax=dict(when="11/09/2026 08:47", name="CHAUTAUQUA LAKE MED", number=f["referring_fax"],
                         to=CRO_FAX, fmt="e"))


# ====================================================================== NE07
def ne07():
    """Pennsylvania pediatric office: child patient and parent/guardian both with DOB and phone, the
    subscriber is the parent; checkbox urgency."""
    f = {
        "patient_last_name": "O'Donnell",
        "patient_first_name": "Maeve",
        "patient_dob": "2020-05-12",
        "patient_sex": "F",
        "patient_phone": "8148690142",
        "patient_mrn": "MGP-31877",
        "insurance_payer": "Highmark Healthy Kids CHIP",
        "insurance_member_id": "HKD55102947",
        "referring_provider": "Ramona Castillo",
        "referring_npi": npi("190357224"),
        "referring_phone": "8148667300",
        "referring_fax": "8148667321",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Tobias Engstrom",
        "diagnosis_codes": ["L50.9", "J30.2"],
        "reason": "Recurrent hives for 3 months and spring-fall nasal symptoms; please evaluate with allergy "
                  "skin testing and advise on management.",
        "urgency": "routine",
        "referral_date": "2026-11-10",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10.5pt; }
.hd { text-align:center; border-bottom:2px solid #000; padding-bottom:5px; }
.hd .n { font-size:17pt; font-weight:bold; }
.hd .s { font-size:9.5pt; }
h1 { font-size:13.5pt; text-align:center; margin:8px 0 8px 0; }
table.f { width:100%; margin-bottom:9px; }
table.f td { border:1px solid #000; padding:3px 6px; vertical-align:top; }
table.f td.h { background:#000; color:#fff; font-weight:bold; font-size:10.5pt; }
table.f .l { font-size:8.5pt; display:block; }
.chk span { margin-right:0.3in; }
.sig { margin-top:18px; display:flex; gap:0.4in; font-size:9pt; }
.sig div { border-top:1px solid #000; flex:1; padding-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Maple Grove Pediatrics</div>
<div class="s">3702 West 26th Street, Erie, PA 16506 &nbsp;|&nbsp; Phone {P(f['referring_phone'], 'paren')} &nbsp;|&nbsp; Fax {P(f['referring_fax'], 'paren')}</div></div>
<h1>Pediatric Specialty Referral</h1>
<table class="f">
<tr><td class="h" colspan="4">CHILD (PATIENT)</td></tr>
<tr><td colspan="2"><span class="l">Child's name (last, first)</span>O'Donnell, Maeve</td>
<td><span class="l">Date of birth</span>{D(f['patient_dob'], 'us')}</td><td><span class="l">Sex</span>Female</td></tr>
<tr><td><span class="l">Home phone</span>{P(f['patient_phone'], 'paren')}</td><td><span class="l">Chart #</span>{f['patient_mrn']}</td>
<td colspan="2"><span class="l">Address</span>1127 Cherry St, Erie PA 16502</td></tr>
<tr><td class="h" colspan="4">PARENT / LEGAL GUARDIAN</td></tr>
<tr><td colspan="2"><span class="l">Name</span>Siobhan O'Donnell</td><td><span class="l">Relationship</span>Mother</td>
<td><span class="l">Guardian DOB</span>{D('1990-11-03', 'us')}</td></tr>
<tr><td colspan="2"><span class="l">Guardian cell phone</span>{P('8145503377', 'paren')}</td>
<td colspan="2"><span class="l">Guardian work phone</span>{P('8148712200', 'paren')} ext. 31</td></tr>
<tr><td class="h" colspan="4">INSURANCE</td></tr>
<tr><td colspan="2"><span class="l">Plan</span>{f['insurance_payer']}</td><td><span class="l">Member ID</span>{f['insurance_member_id']}</td>
<td><span class="l">Subscriber</span>Siobhan O'Donnell</td></tr>
<tr><td class="h" colspan="4">REFERRAL</td></tr>
<tr><td colspan="2"><span class="l">Referred to (specialty)</span>Allergy &amp; Immunology</td>
<td colspan="2"><span class="l">Specialist</span>Tobias Engstrom, MD</td></tr>
<tr><td colspan="4"><span class="l">Diagnoses (ICD-10-CM)</span>L50.9 Urticaria, unspecified; &nbsp; J30.2 Other seasonal allergic rhinitis</td></tr>
<tr><td colspan="4" style="height:0.8in"><span class="l">Reason for referral / clinical question</span>{esc(f['reason'])}
No wheeze. Cetirizine 5 mg daily partially helps.</td></tr>
<tr><td colspan="4" class="chk"><span class="l">Request type</span><span>{box(True)}Routine</span><span>{box(False)}Urgent</span>
<span>{box(False)}Same-day / STAT</span></td></tr>
<tr><td class="h" colspan="4">REFERRING CLINICIAN</td></tr>
<tr><td colspan="2"><span class="l">Name</span>Ramona Castillo, CRNP</td><td colspan="2"><span class="l">NPI</span>{f['referring_npi']}</td></tr>
<tr><td colspan="2"><span class="l">Phone</span>{P(f['referring_phone'], 'dash')}</td><td colspan="2"><span class="l">Fax</span>{P(f['referring_fax'], 'dash')}</td></tr>
<tr><td colspan="2"><span class="l">Date of referral</span>{D(f['referral_date'], 'us')}</td><td colspan="2"><span class="l">Supervising physician</span>Hannah Stroud, MD</td></tr>
</table>
<div class="sig"><div>Clinician signature</div><div style="flex:0.5">Date</div></div>
<div class="ft">Send to: {CRO_NAME} Central Referral Office &middot; fax {P(CRO_FAX, 'paren')}</div>
</div></div>"""
    return dict(html=page("NE07", css, body), fields=f, pages=1,
                kind="pediatric_referral_child_and_parent_guardian_both_with_dob_and_phone_to_allergy",
                mode="standard",
                fax=dict(when="11/10/2026 16:20", name="MAPLE GROVE PEDS", number=f["referring_fax"],
                         to=CRO_FAX, fmt="f"))


# ====================================================================== NE08
def ne08():
    """Ohio primary care, two pages: page 1 clinical (patient, referring PA, referred to, dx, reason, PSA
    trend), page 2 insurance and demographics (primary and secondary coverage, guarantor, emergency contact)."""
    f = {
        "patient_last_name": "Szymanski",
        "patient_first_name": "Leonard",
        "patient_dob": "1955-12-30",
        "patient_sex": "M",
        "patient_phone": "3307582290",
        "patient_mrn": "BPC0088213",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "1EG4TE5MK73",
        "referring_provider": "Charlene Whitaker",
        "referring_npi": npi("143318806"),
        "referring_phone": "3307261900",
        "referring_fax": "3307261944",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Samuel Okafor",
        "diagnosis_codes": ["R97.20", "N40.1"],
        "reason": "Rising PSA (4.1 to 6.8 ng/mL over 14 months) with nocturia and weak stream; please evaluate "
                  "for prostate biopsy.",
        "urgency": "urgent",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:5px; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .r { font-size:9pt; text-align:right; line-height:1.35; }
h1 { font-size:13pt; margin:10px 0 2px 0; }
.id { font-size:9.5pt; border:1px solid #000; padding:4px 6px; margin:6px 0 10px 0; }
h2 { font-size:10.5pt; margin:10px 0 4px 0; border-bottom:1px solid #000; text-transform:uppercase; }
table.kv td { padding:2px 10px 2px 0; vertical-align:top; }
table.kv td.l { width:1.55in; color:#000; font-weight:bold; font-size:9.5pt; }
table.lab { border:1px solid #000; margin-top:4px; }
table.lab td, table.lab th { border:1px solid #000; padding:2px 8px; font-size:9.5pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    hd = f"""<div class="hd"><div><div class="n">Boardman Primary Care</div>
<div style="font-size:9pt">7401 Market Street, Suite 210, Youngstown, OH 44512</div></div>
<div class="r">Tel {P(f['referring_phone'], 'paren_nosp')}<br>Fax {P(f['referring_fax'], 'paren_nosp')}</div></div>"""
    idline = (f'<div class="id"><b>Patient:</b> Szymanski, Leonard &nbsp;&nbsp; <b>DOB:</b> {D(f["patient_dob"], "cerner")}'
              f' &nbsp;&nbsp; <b>MRN:</b> {f["patient_mrn"]}</div>')
    body = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Urology Referral &ndash; Clinical Information (page 1 of 2)</h1>
{idline}
<h2>Patient</h2>
<table class="kv">
<tr><td class="l">Name</td><td>Leonard F. Szymanski</td></tr>
<tr><td class="l">Date of birth</td><td>{D(f['patient_dob'], 'cerner')} &nbsp; (age 70)</td></tr>
<tr><td class="l">Sex</td><td>Male</td></tr>
</table>
<h2>Referred by</h2>
<table class="kv">
<tr><td class="l">Referring clinician</td><td>Charlene Whitaker, PA-C</td></tr>
<tr><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Supervising physician</td><td>Robert Nagy, MD (NPI on file)</td></tr>
<tr><td class="l">Phone / Fax</td><td>{P(f['referring_phone'], 'dash')} / {P(f['referring_fax'], 'dash')}</td></tr>
<tr><td class="l">Referral date</td><td>{D(f['referral_date'], 'cerner')}</td></tr>
</table>
<h2>Referred to</h2>
<table class="kv">
<tr><td class="l">Specialty</td><td>Urology</td></tr>
<tr><td class="l">Physician</td><td>Samuel Okafor, MD &ndash; PIRH Urology Associates</td></tr>
<tr><td class="l">Priority</td><td><b>URGENT</b> &ndash; please schedule within 2 weeks</td></tr>
</table>
<h2>Diagnosis</h2>
<table class="kv">
<tr><td class="l">R97.20</td><td>Elevated prostate specific antigen [PSA]</td></tr>
<tr><td class="l">N40.1</td><td>Benign prostatic hyperplasia with lower urinary tract symptoms</td></tr>
</table>
<h2>Reason for referral</h2>
<div style="line-height:1.45">{esc(f['reason'])}</div>
<table class="lab"><tr><th>PSA date</th><th>Result</th></tr>
<tr><td>{D('2025-09-02', 'cerner')}</td><td>4.1 ng/mL</td></tr>
<tr><td>{D('2026-03-17', 'cerner')}</td><td>5.2 ng/mL</td></tr>
<tr><td>{D('2026-10-28', 'cerner')}</td><td>6.8 ng/mL</td></tr></table>
<div style="margin-top:8px; font-size:9.5pt">Meds: tamsulosin 0.4 mg nightly since 2025, metformin 500 mg BID. UA {D('2026-10-28', 'us')}: no blood.
Insurance and demographics on page 2.</div>
<div class="ft"><span>Boardman Primary Care &middot; referral {D(f['referral_date'], 'us')}</span><span>Page 1 of 2</span></div>
</div></div>
<div class="sheet"><div class="inner">
{hd}
<h1>Insurance &amp; Demographics (page 2 of 2)</h1>
{idline}
<h2>Contact</h2>
<table class="kv">
<tr><td class="l">Address</td><td>2954 Shields Road, Youngstown, OH 44511</td></tr>
<tr><td class="l">Home phone</td><td>{P(f['patient_phone'], 'paren_nosp')}</td></tr>
<tr><td class="l">Preferred contact</td><td>Home phone, mornings</td></tr>
<tr><td class="l">Emergency contact</td><td>Donna Szymanski (wife) &nbsp; {P('3307583115', 'paren_nosp')}</td></tr>
</table>
<h2>Primary insurance</h2>
<table class="kv">
<tr><td class="l">Payer</td><td>{f['insurance_payer']}</td></tr>
<tr><td class="l">Medicare ID (MBI)</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Subscriber</td><td>Self</td></tr>
<tr><td class="l">Effective</td><td>{D('2020-12-01', 'us')}</td></tr>
</table>
<h2>Secondary insurance</h2>
<table class="kv">
<tr><td class="l">Payer</td><td>AARP Medicare Supplement Plan G</td></tr>
<tr><td class="l">Member ID</td><td>384112906-11</td></tr>
<tr><td class="l">Payer phone</td><td>{P('8005237774', 'one')}</td></tr>
</table>
<h2>Guarantor</h2>
<table class="kv">
<tr><td class="l">Name</td><td>Leonard F. Szymanski (self)</td></tr>
<tr><td class="l">Employer</td><td>Retired</td></tr>
</table>
<div style="margin-top:30px; font-size:9.5pt">Referral routed to {CRO_NAME} Central Referral Office, fax {P(CRO_FAX, 'dash')},
phone {P(CRO_PHONE, 'dash')}.</div>
<div style="margin-top:26px; display:flex; gap:0.4in; font-size:9pt"><div style="flex:1; border-top:1px solid #000">Signature</div>
<div style="flex:0.5; border-top:1px solid #000">Date</div></div>
<div class="ft"><span>Printed {D('2026-11-04', 'us')} 11:38 &middot; AthenaOne</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NE08", css, body), fields=f, pages=2,
                kind="two_page_clinical_page1_insurance_demographics_page2_primary_care_to_urology",
                mode="fine",
                fax=dict(when="11/04/2026 11:41", name="BOARDMAN PRIMARY CARE", number=f["referring_fax"],
                         to=CRO_FAX, fmt="a"))


# ====================================================================== NE09
def ne09():
    """Massachusetts family health center: abbreviated labels (Pt. Name, D.O.B., Ph. #, Ins. Co., Ins. ID,
    Ref. MD, Ref. to), urgency words with the chosen one circled."""
    f = {
        "patient_last_name": "Pratt",
        "patient_first_name": "Gwendolyn",
        "patient_dob": "1946-04-02",
        "patient_sex": "F",
        "patient_phone": "4134426718",
        "insurance_payer": "Tufts Health Plan Medicare Preferred",
        "insurance_member_id": "TH0087421166",
        "referring_provider": "Luis Ferreira",
        "referring_npi": npi("108864339"),
        "referring_phone": "4134439000",
        "referring_fax": "4134439012",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Naomi Feld",
        "diagnosis_codes": ["H25.13", "E11.9"],
        "reason": "Progressive blurred vision both eyes with glare when driving at night; cataract evaluation and "
                  "diabetic eye exam.",
        "urgency": "routine",
        "referral_date": "2026-11-06",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .r { font-size:9pt; text-align:right; line-height:1.4; }
.bar { border-top:4px double #000; margin:5px 0 8px 0; }
h1 { font-size:13pt; margin:4px 0 10px 0; }
table.r { width:100%; }
table.r td { padding:5px 6px; border-bottom:1px dotted #000; vertical-align:top; }
table.r td.l { width:1.05in; font-weight:bold; white-space:nowrap; }
.circ { border:1.6px solid #000; border-radius:50%; padding:4px 12px; margin-left:-6px; }
.ops span { margin-right:0.25in; }
.sig { margin-top:26px; display:flex; gap:0.4in; font-size:9pt; }
.sig div { border-top:1px solid #000; flex:1; padding-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Berkshire Family Health</div>
<div style="font-size:9pt">510 North Street, Pittsfield, MA 01201</div></div>
<div class="r">Ph. {P(f['referring_phone'], 'dot')}<br>Fax {P(f['referring_fax'], 'dot')}</div></div>
<div class="bar"></div>
<h1>REFERRAL FORM &nbsp;&nbsp;<span style="font-weight:normal; font-size:10pt">Date: {D(f['referral_date'], 'us_short')}</span></h1>
<table class="r">
<tr><td class="l">Pt. Name:</td><td>Pratt, Gwendolyn E.</td><td class="l">D.O.B.:</td><td>{D(f['patient_dob'], 'us_short')}</td></tr>
<tr><td class="l">Sex:</td><td>F</td><td class="l">Ph. #:</td><td>{P(f['patient_phone'], 'space')}</td></tr>
<tr><td class="l">Ins. Co.:</td><td>{f['insurance_payer']}</td><td class="l">Ins. ID:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Alt. contact:</td><td>Ruth Pratt-Nolan (dtr.)</td><td class="l">Alt. Ph.:</td><td>{P('4134997150', 'space')}</td></tr>
<tr><td class="l">Ref. MD:</td><td>Luis A. Ferreira, M.D.</td><td class="l">NPI #:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Ref. MD Ph.:</td><td>{P(f['referring_phone'], 'dot')}</td><td class="l">Ref. MD Fax:</td><td>{P(f['referring_fax'], 'dot')}</td></tr>
<tr><td class="l">Ref. to:</td><td colspan="3">Ophthalmology &ndash; Naomi Feld, M.D. (PIRH Eye Institute, ph. {P('8144520912', 'dot')})</td></tr>
<tr><td class="l">Dx:</td><td colspan="3">H25.13 age-related nuclear cataract, bilateral<br>E11.9 type 2 diabetes mellitus w/o complications</td></tr>
<tr><td class="l">Reason:</td><td colspan="3" style="height:0.75in">{esc(f['reason'])} Last eye exam &gt; 3 yrs. A1c 7.1%.</td></tr>
<tr><td class="l">Urgency:</td><td colspan="3" class="ops"><span class="circ">Routine</span><span>Urgent</span><span>STAT</span>
&nbsp;<i style="font-size:9pt">(circle one)</i></td></tr>
<tr><td class="l">Auth. #:</td><td>not required</td><td class="l">Visits:</td><td>1</td></tr>
</table>
<div class="sig"><div>Ref. MD signature</div><div style="flex:0.5">Date</div></div>
<div style="margin-top:14px; font-size:9pt">Fax completed form to {CRO_NAME} Central Referral Office {P(CRO_FAX, 'dot')}.
Questions: {P(CRO_PHONE, 'dot')}.</div>
<div class="ft">BFH-REF rev. 6/24</div>
</div></div>"""
    return dict(html=page("NE09", css, body), fields=f, pages=1,
                kind="abbreviated_labels_pt_name_dob_ph_ins_co_ref_md_circled_urgency_family_health_to_ophthalmology",
                mode="standard",
                fax=dict(when="11/06/2026 09:05", name="BERKSHIRE FAM HEALTH", number=f["referring_fax"],
                         to=CRO_FAX, fmt="d"))


# ====================================================================== NE10
def ne10():
    """Ohio internal medicine, two pages: page 1 referral form with the diagnosis in words only, page 2 a
    prior-authorization / encounter code sheet carrying the ICD-10-CM codes (and CPT codes as distractors)."""
    f = {
        "patient_last_name": "Castellano-Burke",
        "patient_first_name": "Sofia",
        "patient_dob": "1979-06-22",
        "patient_sex": "F",
        "patient_phone": "4403578841",
        "insurance_payer": "CareSource",
        "insurance_member_id": "CS118830457",
        "referring_provider": "Mark Oyelaran",
        "referring_npi": npi("115573206"),
        "referring_phone": "4403525500",
        "referring_fax": "4403525512",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Ingrid Solberg",
        "diagnosis_codes": ["M05.79", "I73.00"],
        "reason": "Symmetric hand and wrist synovitis with positive RF and anti-CCP; please confirm diagnosis, "
                  "start DMARD therapy and co-manage.",
        "urgency": "routine",
        "referral_date": "2026-11-11",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 11pt; }
.hd { text-align:center; }
.hd .n { font-size:16pt; font-weight:bold; letter-spacing:0.5px; }
.hd .s { font-size:9.5pt; }
h1 { text-align:center; font-size:13pt; margin:10px 0; text-decoration:underline; }
table.f { width:100%; }
table.f td { padding:4px 6px; vertical-align:top; border:1px solid #000; }
table.f td.l { width:1.6in; font-weight:bold; background:#e6e6e6; }
table.c { width:100%; margin-top:8px; }
table.c td, table.c th { border:1px solid #000; padding:4px 6px; text-align:left; }
.p2 { font-family:'DejaVu Serif', serif; font-size:10pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; display:flex; justify-content:space-between; }
"""
    hd = f"""<div class="hd"><div class="n">GRAND RIVER INTERNAL MEDICINE</div>
<div class="s">150 Liberty Street, Painesville, Ohio 44077 &bull; Phone {P(f['referring_phone'], 'dash')} &bull; Fax {P(f['referring_fax'], 'dash')}</div></div>"""
    body = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Referral for Specialty Care</h1>
<table class="f">
<tr><td class="l">Date</td><td>{D(f['referral_date'], 'long')}</td></tr>
<tr><td class="l">Patient</td><td>Sofia Castellano-Burke</td></tr>
<tr><td class="l">Birth date</td><td>{D(f['patient_dob'], 'dmy_long')}</td></tr>
<tr><td class="l">Gender</td><td>Female</td></tr>
<tr><td class="l">Telephone</td><td>{P(f['patient_phone'], 'dash')}</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']} (Ohio Medicaid) &nbsp; Member # {f['insurance_member_id']}</td></tr>
<tr><td class="l">Referring physician</td><td>Mark D. Oyelaran, MD &nbsp;&nbsp; NPI {f['referring_npi']}</td></tr>
<tr><td class="l">Refer to</td><td>Rheumatology &ndash; Dr. Ingrid Solberg, PIRH Arthritis Center (office {P('8144527145', 'dash')})</td></tr>
<tr><td class="l">Diagnosis</td><td>Rheumatoid arthritis, seropositive, multiple joints.<br>Raynaud's phenomenon.<br>
<i style="font-size:9.5pt">(codes on attached authorization sheet)</i></td></tr>
<tr><td class="l">Reason for referral</td><td style="height:0.9in">{esc(f['reason'])}</td></tr>
<tr><td class="l">Pertinent history</td><td>Morning stiffness &gt; 1 hour for 5 months. RF 88 IU/mL, anti-CCP 142 U,
ESR 46 mm/h ({D('2026-10-30', 'us')}). Hand x-rays without erosions. Prednisone 10 mg daily started {D('2026-11-03', 'us')}.</td></tr>
<tr><td class="l">Scheduling</td><td>Routine. Patient works days; prefers late-afternoon appointments.</td></tr>
</table>
<div style="margin-top:28px; display:flex; gap:0.4in; font-size:9.5pt"><div style="flex:1; border-top:1px solid #000">Physician signature</div>
<div style="flex:0.5; border-top:1px solid #000">Date</div></div>
<div style="margin-top:16px; font-size:9.5pt">To: {CRO_NAME}, Central Referral Office &ndash; fax {P(CRO_FAX, 'dash')}</div>
<div class="ft"><span>GRIM referral 2023</span><span>1</span></div>
</div></div>
<div class="sheet"><div class="inner p2">
{hd}
<h1>Prior Authorization Worksheet</h1>
<table class="f">
<tr><td class="l">Patient</td><td>CASTELLANO-BURKE, SOFIA &nbsp;&nbsp; DOB {D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Plan / ID</td><td>{f['insurance_payer']} / {f['insurance_member_id']}</td></tr>
<tr><td class="l">Plan auth phone</td><td>{P('8004883770', 'one')}</td></tr>
<tr><td class="l">Ordering provider</td><td>Oyelaran, Mark &nbsp; NPI {f['referring_npi']}</td></tr>
<tr><td class="l">Servicing specialty</td><td>Rheumatology</td></tr>
</table>
<table class="c">
<tr><th style="width:1.1in">ICD-10-CM</th><th>Diagnosis</th></tr>
<tr><td>M05.79</td><td>&nbsp;</td></tr>
<tr><td>I73.00</td><td>&nbsp;</td></tr>
</table>
<table class="c">
<tr><th style="width:1.1in">CPT</th><th>Service requested</th><th style="width:0.7in">Units</th></tr>
<tr><td>99204</td><td>New patient office visit</td><td>1</td></tr>
<tr><td>99214</td><td>Established patient follow-up</td><td>2</td></tr>
</table>
<div style="margin-top:12px">Auth status: submitted {D('2026-11-11', 'us')} &nbsp;&nbsp; Ref #: ______________</div>
<div class="ft"><span>Prepared by: L. Ortiz, referral coordinator</span><span>2</span></div>
</div></div>"""
    return dict(html=page("NE10", css, body), fields=f, pages=2,
                kind="two_page_diagnosis_in_words_on_form_codes_on_authorization_sheet_internal_medicine_to_rheumatology",
                mode="fine",
                fax=dict(when="11/11/2026 14:12", name="GRAND RIVER IM", number=f["referring_fax"],
                         to=CRO_FAX, fmt="e"))
