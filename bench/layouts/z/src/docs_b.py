"""PA06-PA10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, box, page, esc, comb, comb_date, comb_phone


# ====================================================================== PA06
def pa06():
    """VA-style community care referral / request for services (Nebraska VA clinic -> community urology):
    numbered items in Times caps, Courier entries, ICN as the patient identifier with SSN last-4, referral
    number, consult number, SEOC, clinically indicated date and expiration date as distractors; no member ID;
    page 2 consult details and a VistA-style medication list."""
    f = {
        "patient_last_name": "Kowalski",
        "patient_first_name": "Gerald",
        "patient_dob": "1949-09-02",
        "patient_sex": "M",
        "patient_phone": "4024617238",
        "patient_mrn": "1012847731V448210",
        "insurance_payer": "Department of Veterans Affairs Community Care",
        "referring_provider": "Thomas Aldana",
        "referring_npi": npi("187215530"),
        "referring_phone": "4024897700",
        "referring_fax": "4024897719",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Keiko Brandt",
        "diagnosis_codes": ["N40.1", "R97.20"],
        "reason": "PSA rise from 4.1 to 7.9 in 12 months with nocturia and weak stream on tamsulosin; evaluate for "
                  "prostate biopsy.",
        "urgency": "routine",
        "referral_date": "2026-02-11",
    }
    css = """
body { font-family: 'Liberation Serif', 'Nimbus Roman', 'Times New Roman', serif; font-size: 9pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; font-size:8pt; }
.top .d { font-size:11pt; font-weight:bold; letter-spacing:0.5px; }
h1 { font-size:13pt; text-align:center; margin:4px 0 0 0; letter-spacing:1px; }
.sub { text-align:center; font-size:8pt; margin-bottom:4px; }
table.v { width:100%; border-collapse:collapse; table-layout:fixed; border:2px solid #000; }
table.v td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; height:0.38in; }
table.v td .l { display:block; font-size:7pt; text-transform:uppercase; }
table.v td .x { display:block; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; margin-top:1px; }
table.v tr.s td { background:#ccc; font-weight:bold; height:auto; font-size:8.5pt; text-align:center; letter-spacing:1px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:2px solid #000; padding-top:2px; }
pre { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:9pt; line-height:1.3; margin:4px 0; white-space:pre-wrap; }
"""

    def c(label, value, span=1):
        return f'<td colspan="{span}"><span class="l">{label}</span><span class="x">{value}</span></td>'

    def s(t):
        return f'<tr class="s"><td colspan="6">{t}</td></tr>'

    top = f"""<div class="top"><div><span class="d">DEPARTMENT OF VETERANS AFFAIRS</span><br>Platte River VA Health Care System &middot; Office of Community Care<br>
4101 Woolworth Ave, Omaha NE 68105</div><div style="text-align:right">Station 636A4<br>Community Care office {P('4024897740', 'dash')}<br>Community Care fax {P('4024897745', 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{top}
<h1>COMMUNITY CARE REFERRAL / REQUEST FOR SERVICES</h1>
<div class="sub">Referral for care in the community under 38 U.S.C. 1703. Complete all items. Services not listed require a new request.</div>
<table class="v">
{s('SECTION I - VETERAN INFORMATION')}
<tr>{c("1. VETERAN'S NAME (Last, First, Middle)", 'KOWALSKI, GERALD FRANCIS', 3)}{c('2. ICN', f['patient_mrn'], 2)}{c('3. SSN (LAST 4)', 'XXX-XX-8841')}</tr>
<tr>{c('4. DATE OF BIRTH', D(f['patient_dob'], 'us'), 2)}{c('5. SEX', 'MALE')}{c('6. PREFERRED TELEPHONE', P(f['patient_phone'], 'paren'), 2)}{c('7. SC %', '50')}</tr>
<tr>{c('8. MAILING ADDRESS', '3318 N 61ST ST, OMAHA NE 68104', 4)}{c('9. NEXT OF KIN / PHONE', 'JOAN KOWALSKI ' + P('4024617290', 'dash'), 2)}</tr>
{s('SECTION II - PAYER AND ELIGIBILITY')}
<tr>{c('10. PAYER', f['insurance_payer'], 3)}{c('11. ELIGIBILITY BASIS', 'DRIVE TIME > 60 MIN', 2)}{c('12. OTHER HEALTH INS.', 'NONE')}</tr>
<tr>{c('13. REFERRAL NUMBER', 'VA0047731288', 2)}{c('14. CONSULT NUMBER', '5538120', 2)}{c('15. SEOC', 'UROLOGY COMP 1.7.2', 2)}</tr>
{s('SECTION III - REFERRING VA PROVIDER')}
<tr>{c('16. ORDERING PROVIDER', 'THOMAS ALDANA, MD', 2)}{c('17. NPI', f['referring_npi'], 2)}{c('18. CLINIC', 'NORFOLK CBOC - PACT BLUE', 2)}</tr>
<tr>{c('19. PROVIDER TELEPHONE', P(f['referring_phone'], 'dash') + ' X4412', 2)}{c('20. PROVIDER FAX', P(f['referring_fax'], 'dash'), 2)}{c('21. DATE OF REQUEST', D(f['referral_date'], 'us'), 2)}</tr>
{s('SECTION IV - REQUESTED SERVICE')}
<tr>{c('22. SPECIALTY', 'UROLOGY', 2)}{c('23. COMMUNITY PROVIDER', 'KEIKO BRANDT, MD', 2)}{c('24. PROVIDER NPI', npi('124477308'), 2)}</tr>
<tr>{c('25. PRACTICE NAME AND ADDRESS', 'PRAIRIE UROLOGY ASSOCIATES, 8601 W DODGE RD STE 300, OMAHA NE 68114', 4)}{c('26. PRACTICE PHONE / FAX', P('4023911800', 'dash') + ' / ' + P('4023911822', 'dash'), 2)}</tr>
<tr>{c('27. DIAGNOSIS (ICD-10-CM)', 'N40.1 BPH WITH LOWER URINARY TRACT SYMPTOMS; R97.20 ELEVATED PROSTATE SPECIFIC ANTIGEN [PSA]', 6)}</tr>
<tr><td colspan="6" style="height:0.6in"><span class="l">28. REASON FOR REQUEST</span><span class="x">{esc(f['reason'])}</span></td></tr>
<tr>{c('29. URGENCY', box(True) + 'ROUTINE ' + box(False) + 'URGENT ' + box(False) + 'STAT', 2)}{c('30. CLINICALLY INDICATED DATE (CID)', D('2026-03-13', 'us'), 2)}{c('31. REFERRAL EXPIRES', D('2026-08-10', 'us'), 2)}</tr>
<tr>{c('32. AUTHORIZED SERVICES', 'CONSULT, PSA, MRI PROSTATE, PROSTATE BIOPSY, 2 FOLLOW-UP VISITS', 4)}{c('33. VISITS AUTHORIZED', '4', 2)}</tr>
{s('SECTION V - APPROVAL')}
<tr><td colspan="3" style="height:0.5in"><span class="l">34. SIGNATURE OF ORDERING PROVIDER</span><span style="font-family:Z003,cursive;font-size:14pt">/es/ Thomas Aldana</span></td>{c('35. DATE SIGNED', D(f['referral_date'], 'us'))}{c('36. APPROVED BY (CC STAFF) / DATE', 'L. NGUYEN RN ' + D('2026-02-12', 'mmddyy'), 2)}</tr>
</table>
<p style="font-size:8pt;margin:5px 0 0 0">Community provider: submit medical documentation to the VA via HSRM or fax to the Community Care office above within 30 days. Claims go to the CCN third-party administrator, not to the VA clinic.</p>
<div class="ft"><span>CC-REF (NOV 2024) &middot; REPLACES PRIOR EDITIONS</span><span>PAGE 1 OF 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{top}
<h1>CONSULT DETAILS</h1>
<pre>
CONSULT NO.:   5538120                       STATUS: ACTIVE (SCHEDULING)
PATIENT:       KOWALSKI,GERALD FRANCIS       ICN: {f['patient_mrn']}
DOB:           {D(f['patient_dob'], 'cerner_uc')}                   SSN: XXX-XX-8841
TO SERVICE:    COMMUNITY CARE-UROLOGY-NE     FROM: NORFOLK CBOC PACT BLUE
REQUESTED:     {D(f['referral_date'], 'us')}                    CID: {D('2026-03-13', 'us')}
ORDERED BY:    ALDANA,THOMAS                 URGENCY: ROUTINE

REASON FOR REQUEST:
  {esc(f['reason'])}

  77 yo veteran (Vietnam era, SC 50% for PTSD and tinnitus). PSA trend:
     {D('2025-01-14', 'us')}  4.1 ng/mL
     {D('2025-08-05', 'us')}  5.6 ng/mL
     {D('2026-02-03', 'us')}  7.9 ng/mL   (free PSA 11%)
  IPSS 19. Nocturia x3. DRE {D('2026-02-03', 'us')}: enlarged, smooth, no nodule.
  UA negative. Creatinine 1.1. On tamsulosin 0.4 mg since 2023.
  No prior biopsy. Agent Orange exposure: yes (in registry).

PROVISIONAL DIAGNOSIS: N40.1, R97.20
</pre>
<h1 style="font-size:11pt;text-align:left;margin-top:8px">ACTIVE OUTPATIENT MEDICATIONS</h1>
<pre>
   Active Outpatient Medications                          Status
   =========================================================================
 1) TAMSULOSIN HCL 0.4MG CAP  TAKE ONE CAPSULE BY MOUTH     ACTIVE
      AT BEDTIME
 2) FINASTERIDE 5MG TAB  TAKE ONE TABLET BY MOUTH DAILY     PENDING
 3) LISINOPRIL 20MG TAB  TAKE ONE TABLET BY MOUTH DAILY     ACTIVE
 4) ATORVASTATIN 40MG TAB  TAKE ONE TABLET BY MOUTH AT      ACTIVE
      BEDTIME
 5) SERTRALINE 100MG TAB  TAKE ONE TABLET BY MOUTH DAILY    ACTIVE
 6) PRAZOSIN 2MG CAP  TAKE ONE CAPSULE AT BEDTIME           ACTIVE

ALLERGIES: NO KNOWN ALLERGIES    ADVERSE REACTIONS: ASPIRIN (GI UPSET)
</pre>
<div class="ft"><span>PRINTED {D('2026-02-12', 'us')} 07:15 BY CC STAFF &middot; VA SENSITIVE INFORMATION</span><span>PAGE 2 OF 2</span></div>
</div></div>"""
    return dict(html=page("PA06", css, p1 + p2), fields=f, pages=2,
                kind="va_style_community_care_referral_numbered_items_icn_ssn_referral_consult_numbers_cid_plus_vista_meds_to_urology",
                mode="fine", skew={1: 0.7},
                fax=dict(when="02/12/2026 07:22", name="PLATTE RIVER VA CC", number=f["referring_fax"],
                         to="4023911822", fmt="f"))


# ====================================================================== PA07
def pa07():
    """Two-part carbonless referral form, the faxed copy is PART 2 (canary): typewriter entries slightly off
    the underlines with a carbon smudge, pre-printed labels on the rules (rural Iowa family practice ->
    gastroenterology); PA-C with a supervising physician; page 2 the lab results (FIT, CBC, iron)."""
    f = {
        "patient_last_name": "Hagedorn",
        "patient_first_name": "Merle",
        "patient_dob": "1958-03-27",
        "patient_sex": "M",
        "patient_phone": "3195724408",
        "patient_mrn": "20417",
        "insurance_payer": "Wellmark Blue Cross Blue Shield of Iowa",
        "insurance_member_id": "XWN882047163",
        "referring_provider": "Janelle Stokes",
        "referring_npi": npi("144690127"),
        "referring_phone": "3195723300",
        "referring_fax": "3195723318",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Anil Varghese",
        "diagnosis_codes": ["D50.9", "R19.5"],
        "reason": "Iron deficiency anemia (Hgb 9.8, ferritin 6) with positive FIT; needs colonoscopy and EGD.",
        "urgency": "urgent",
        "referral_date": "2026-03-02",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
.part { display:flex; justify-content:space-between; font-size:8pt; font-weight:bold; border:1.5px solid #000; padding:2px 6px; letter-spacing:1px; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; margin-top:6px; }
.hd .n { font-family:'URW Bookman', 'Liberation Serif', serif; font-size:15pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; line-height:1.3; }
h1 { font-family:'URW Bookman', 'Liberation Serif', serif; font-size:14pt; text-align:center; margin:6px 0 2px 0; letter-spacing:3px; }
.sec { font-size:8pt; font-weight:bold; margin-top:8px; letter-spacing:1px; border-bottom:2px solid #000; }
.ln { display:flex; gap:12px; margin-top:9px; }
.ln > span { display:flex; align-items:flex-end; position:relative; }
.ln > span > i { font-style:normal; white-space:nowrap; font-size:7.5pt; margin-right:3px; }
.ln > span > u { flex:1; text-decoration:none; border-bottom:1px solid #000; min-height:0.19in; position:relative; }
.ln > span > u > b { position:relative; left:5px; top:-3px; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace;
                     font-weight:bold; font-size:10.5pt; letter-spacing:0.4px; text-shadow:0.6px 0.4px 0 #000, -0.4px 0 0 #000; }
.tw { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; font-size:10.5pt; text-shadow:0.6px 0.4px 0 #000; }
.ck { margin-top:7px; font-size:8.5pt; }
.ck .cb { font-family:'Nimbus Mono PS', monospace; }
.sig { font-family:'Z003', cursive; font-size:15pt; font-weight:normal; text-shadow:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.lab { width:100%; border-collapse:collapse; font-family:'Liberation Mono', monospace; font-size:9pt; }
table.lab th, table.lab td { text-align:left; padding:2px 4px; border-bottom:1px solid #000; }
"""

    def ln(*pairs):
        return '<div class="ln">' + "".join(
            f'<span style="flex:{w}"><i>{l}</i><u><b>{v}</b></u></span>' for l, v, w in pairs) + "</div>"

    hd = f"""<div class="hd"><div><div class="n">Buchanan County Family Practice</div>
<div style="font-size:8.5pt">210 2nd Ave NE &middot; Independence, Iowa 50644</div></div>
<div class="r">Phone {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="part"><span>PART 2 &mdash; CANARY &mdash; REFERRING OFFICE COPY</span><span>NCR 2-PART &middot; FORM R-204 &middot; PRESS FIRMLY</span></div>
{hd}
<h1>PHYSICIAN REFERRAL</h1>
<div class="sec">PATIENT</div>
{ln(('NAME (LAST, FIRST, MI)', 'HAGEDORN, MERLE D', 3), ('ACCT #', f['patient_mrn'], 1.2))}
{ln(('BIRTH DATE', D(f['patient_dob'], 'us'), 1.5), ('SEX', 'M', 0.6), ('PHONE', P(f['patient_phone'], 'paren'), 1.8))}
{ln(('ADDRESS', '1872 LAKE ST, INDEPENDENCE IA 50644', 3))}
<div class="sec">INSURANCE</div>
{ln(('CARRIER', 'WELLMARK BLUE CROSS BLUE SHIELD OF IOWA', 3))}
{ln(('ID #', f['insurance_member_id'], 1.6), ('GROUP #', '31447', 1), ('AUTH # (IF REQ.)', 'NOT REQUIRED', 1.4))}
<div class="sec">REFERRED TO</div>
{ln(('PHYSICIAN', 'ANIL VARGHESE, MD', 1.6), ('SPECIALTY', 'GASTROENTEROLOGY', 1.6))}
{ln(('ADDRESS', 'CEDAR VALLEY DIGESTIVE HEALTH, 1620 LAPORTE RD, WATERLOO IA 50702', 3))}
{ln(('PHONE', P('3192354900', 'paren'), 1.5), ('FAX', P('3192354921', 'paren'), 1.5), ('APPT. DATE / TIME', '', 1.5))}
<div class="sec">REASON FOR REFERRAL</div>
{ln(('DIAGNOSIS / ICD-10', 'D50.9 IRON DEFIC ANEMIA, UNSP; R19.5 OTHER FECAL ABNORMALITIES', 3))}
{ln(('REASON', esc(f['reason']), 3))}
{ln(('HISTORY', 'NO PRIOR COLONOSCOPY. FIT POS 02/20/26. NO NSAIDS. WT LOSS 6 LB. ON FERROUS SULFATE.', 3))}
<div class="ck"><b>SERVICE:</b> {box(True)}CONSULT &amp; TREAT &nbsp; {box(False)}CONSULT ONLY &nbsp; {box(True)}PROCEDURE &nbsp; {box(False)}2ND OPINION</div>
<div class="ck"><b>PRIORITY:</b> {box(False)}ROUTINE &nbsp; {box(True)}URGENT &nbsp; {box(False)}STAT</div>
<div class="ck"><b>ENCLOSED:</b> {box(True)}LABS &nbsp; {box(True)}OFFICE NOTE &nbsp; {box(False)}X-RAY / IMAGING &nbsp; {box(True)}MED LIST &nbsp; {box(False)}INS. CARD COPY</div>
<div class="sec">REFERRING PROVIDER</div>
{ln(('NAME', 'JANELLE STOKES, PA-C', 1.8), ('NPI', f['referring_npi'], 1.4))}
{ln(('SUPERVISING PHYSICIAN', 'HAROLD MEINECKE, MD', 1.8), ('DATE', D(f['referral_date'], 'us'), 1.4))}
{ln(('SIGNATURE', '<span class="sig">Janelle Stokes PA-C</span>', 3))}
<div class="sec">SPECIALIST REPLY (RETURN WHITE COPY)</div>
{ln(('SEEN ON', '', 1.3), ('FINDINGS', '', 3))}
{ln(('RECOMMENDATIONS', '', 3))}
<div class="ft"><span>WHITE &mdash; SPECIALIST &nbsp;&middot;&nbsp; CANARY &mdash; REFERRING OFFICE</span><span>R-204 (REV 6/19) PRINTED IN USA</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1 style="letter-spacing:1px;font-size:12pt">LABORATORY RESULTS</h1>
<p style="font-size:9pt">Patient: HAGEDORN, MERLE D &nbsp;&middot;&nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp;&middot;&nbsp; Acct {f['patient_mrn']} &nbsp;&middot;&nbsp; Ordering: Janelle Stokes, PA-C</p>
<table class="lab">
<tr><th>Collected</th><th>Test</th><th>Result</th><th>Flag</th><th>Reference</th></tr>
<tr><td>{D('2026-02-20', 'us')}</td><td>FIT (fecal immunochemical test)</td><td>POSITIVE</td><td>A</td><td>Negative</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>Hemoglobin</td><td>9.8 g/dL</td><td>L</td><td>13.2-17.1</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>MCV</td><td>71 fL</td><td>L</td><td>80-100</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>Platelets</td><td>448 K/uL</td><td>H</td><td>140-400</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>Ferritin</td><td>6 ng/mL</td><td>L</td><td>24-336</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>Iron saturation</td><td>4 %</td><td>L</td><td>20-50</td></tr>
<tr><td>{D('2026-02-26', 'us')}</td><td>Celiac tTG-IgA</td><td>&lt;1.0 U/mL</td><td></td><td>&lt;4.0</td></tr>
<tr><td>{D('2025-03-11', 'us')}</td><td>Hemoglobin (prior)</td><td>13.6 g/dL</td><td></td><td>13.2-17.1</td></tr>
</table>
<p style="font-size:9.5pt;line-height:1.4;margin-top:12px"><b>Office note excerpt ({D('2026-02-26', 'us')}):</b> 67-year-old farmer with fatigue and
dyspnea on exertion for 2 months. Positive FIT mailed-kit screening. Never had a colonoscopy (declined in 2018). No melena
or hematochezia. Takes no aspirin or NSAIDs. Started ferrous sulfate 325 mg every other day. Wife, Donna Hagedorn, can
be reached at {P('3195720912', 'paren')}.</p>
<p style="font-size:9.5pt">Medications: ferrous sulfate 325 mg QOD, lisinopril 10 mg daily, omeprazole 20 mg daily (started 2024).</p>
<div class="ft"><span>Buchanan County Family Practice &middot; Lab: Buchanan County Health Center laboratory, CLIA 16D0381154</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA07", css, p1 + p2), fields=f, pages=2,
                kind="two_part_carbonless_canary_copy_typewriter_off_the_lines_pa_c_with_supervising_plus_labs_to_gastroenterology",
                mode="standard", skew={1: -1.3}, dropouts={2: 1},
                fax=dict(when="03/02/2026 16:58", name="BUCHANAN CO FAM PRAC", number=f["referring_fax"],
                         to="3192354921", fmt="g"))


# ====================================================================== PA08
def pa08():
    """HMO specialist referral request (Grand Rapids family medicine -> neurology), 3 pages: fax cover sheet
    with an UNCHECKED 'Urgent' box, the payer's referral form with member ID one character per box and labels
    below the boxes, then a medication list with a headache diary summary. No urgency given (routine);
    referral effective/expiry dates, visit count and the payer's fax as distractors."""
    f = {
        "patient_last_name": "Tran",
        "patient_first_name": "Ngoc Anh",
        "patient_dob": "1988-07-15",
        "patient_sex": "F",
        "patient_phone": "6164570932",
        "patient_mrn": "0041872",
        "insurance_payer": "Priority Health",
        "insurance_member_id": "90147738201",
        "referring_provider": "Benjamin Okafor",
        "referring_npi": npi("155203981"),
        "referring_phone": "6162428800",
        "referring_fax": "6162428812",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Svetlana Petrova",
        "diagnosis_codes": ["G43.709", "M54.2"],
        "reason": "Chronic migraine with 18 headache days per month, failed topiramate and propranolol. Evaluate "
                  "for CGRP therapy or Botox.",
        "urgency": "routine",
        "referral_date": "2026-02-20",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.cov h1 { font-family:'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size:44pt; margin:0.25in 0 0.1in 0; letter-spacing:2px; }
.cov table { width:100%; border-collapse:collapse; font-size:11pt; }
.cov td { padding:7px 4px; border-bottom:1px solid #000; }
.cov td.l { width:1.1in; font-weight:bold; }
.cov .chk { margin:14px 0; font-size:11pt; display:flex; gap:20px; }
.cov .msg { font-size:11pt; line-height:1.4; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:4px; }
.ph { display:flex; justify-content:space-between; align-items:center; border-bottom:3px solid #000; padding-bottom:4px; }
.ph .n { font-size:17pt; font-weight:bold; letter-spacing:-0.5px; }
.ph .r { text-align:right; font-size:8pt; line-height:1.3; }
h2 { font-size:12pt; margin:6px 0 2px 0; }
.ins { font-size:7.5pt; margin-bottom:3px; }
.sec { font-size:9pt; font-weight:bold; background:#ddd; padding:1px 4px; margin-top:6px; border:1px solid #000; }
.fr { display:flex; gap:8px; margin-top:4px; align-items:flex-end; }
.bx { display:flex; flex-direction:column; }
.bx .v { border-bottom:1px solid #000; border-left:1px solid #000; min-height:0.24in; padding:1px 4px;
         font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; }
.bx .t { font-size:6.5pt; margin-top:1px; text-transform:uppercase; }
.comb i { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; }
.ck { font-size:9pt; margin-top:4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.m { width:100%; border-collapse:collapse; font-size:9.5pt; }
table.m th, table.m td { border:1px solid #000; text-align:left; padding:2px 5px; }
"""

    def bx(v, label, w):
        return f'<div class="bx" style="flex:{w}"><div class="v">{v}</div><div class="t">{label}</div></div>'

    def cbx(inner, label):
        return f'<div class="bx"><div>{inner}</div><div class="t">{label}</div></div>'

    cover = f"""
<div class="sheet"><div class="inner cov">
<div style="display:flex;justify-content:space-between;font-size:10pt"><div><b style="font-size:14pt">Metro Family Medicine &mdash; Kentwood</b><br>
4100 Kalamazoo Ave SE, Suite 2<br>Kentwood, MI 49508</div>
<div style="text-align:right">Tel {P(f['referring_phone'], 'dot')}<br>Fax {P(f['referring_fax'], 'dot')}</div></div>
<h1>fax</h1>
<table>
<tr><td class="l">To</td><td>Referral Scheduling, Lakeshore Neurology</td></tr>
<tr><td class="l">Fax</td><td>{P('6163914455', 'dot')}</td></tr>
<tr><td class="l">Phone</td><td>{P('6163914400', 'dot')}</td></tr>
<tr><td class="l">From</td><td>Alicia Vander Molen, referral coordinator</td></tr>
<tr><td class="l">Date</td><td>{D(f['referral_date'], 'long')}</td></tr>
<tr><td class="l">Pages</td><td>3, including this cover</td></tr>
<tr><td class="l">Re</td><td>Referral for Ngoc Anh Tran</td></tr>
<tr><td class="l">CC</td><td>Priority Health referral dept. fax {P('6169421060', 'dot')}</td></tr>
</table>
<div class="chk"><span>{box(False)}Urgent</span><span>{box(True)}For Review</span><span>{box(False)}Please Comment</span><span>{box(True)}Please Reply</span><span>{box(False)}Please Recycle</span></div>
<div class="msg">Attached: Priority Health specialist referral form and current medication list with her headache diary summary.
Please contact the patient to schedule; she prefers texts on her cell. Reply with the appointment date by fax.</div>
<div class="conf">The information in this fax is confidential and may be protected health information. If you are not the intended
recipient, do not read, copy or distribute it; call {P(f['referring_phone'], 'dot')} and destroy the pages received.</div>
</div></div>"""
    form = f"""
<div class="sheet"><div class="inner">
<div class="ph"><div class="n">Priority Health</div><div class="r">Specialist Referral Form &middot; HMO / POS / Medicaid<br>
Questions: Provider Helpline {P('8009421179', 'one')}<br>Form PH-REF-03 (12/2025)</div></div>
<h2>SPECIALIST REFERRAL FORM</h2>
<div class="ins">Print clearly. One character per box where boxes are shown. The referral is valid for the number of visits and dates shown below. Keep a copy in the member's chart.</div>
<div class="sec">MEMBER INFORMATION</div>
<div class="fr">{bx('TRAN', 'Member last name', 2.2)}{bx('NGOC ANH', 'Member first name', 2.2)}{cbx(comb_date(f['patient_dob'], 'slash'), 'Date of birth')}</div>
<div class="fr">{cbx(comb(f['insurance_member_id'], 11), 'Member ID number')}{bx('F', 'Sex', 0.5)}{bx(P(f['patient_phone'], 'dash') + ' (CELL)', 'Member phone', 2)}</div>
<div class="fr">{bx('3347 BURLINGAME AVE SW, WYOMING MI 49509', 'Member address', 3)}{bx(f['patient_mrn'], 'PCP chart / MRN', 1.2)}</div>
<div class="sec">REFERRING (PRIMARY CARE) PROVIDER</div>
<div class="fr">{bx('BENJAMIN OKAFOR, MD', 'PCP name', 2)}{cbx(comb(f['referring_npi'], 10), 'PCP NPI')}</div>
<div class="fr">{bx('METRO FAMILY MEDICINE - KENTWOOD', 'Practice name', 2.2)}{bx(P(f['referring_phone'], 'dash'), 'Phone', 1.2)}{bx(P(f['referring_fax'], 'dash'), 'Fax', 1.2)}</div>
<div class="sec">SPECIALIST</div>
<div class="fr">{bx('SVETLANA PETROVA, MD', 'Specialist name', 2)}{bx('NEUROLOGY', 'Specialty', 1.4)}{cbx(comb(npi('168830214'), 10), 'Specialist NPI')}</div>
<div class="fr">{bx('LAKESHORE NEUROLOGY, 750 E BELTLINE AVE NE STE 201, GRAND RAPIDS MI 49525', 'Specialist address', 3)}{bx(P('6163914400', 'dash'), 'Specialist phone', 1.2)}</div>
<div class="sec">REFERRAL DETAILS</div>
<div class="fr">{cbx(comb('G43.709', 8), 'Primary diagnosis (ICD-10)')}{cbx(comb('M54.2', 8), 'Secondary diagnosis')}{cbx(comb('', 8), 'Additional diagnosis')}</div>
<div class="fr">{bx(esc(f['reason']), 'Reason for referral / clinical question', 1)}</div>
<div class="ck"><b>Request type:</b> {box(True)}Initial referral &nbsp; {box(False)}Extension of existing referral &nbsp; {box(False)}Change of specialist
&nbsp;&nbsp;&nbsp; <b>Services:</b> {box(True)}Office visits &nbsp; {box(False)}Office visits + procedures</div>
<div class="fr">{bx('3', 'Number of visits', 0.8)}{cbx(comb_date('2026-02-20', 'slash'), 'Effective date')}{cbx(comb_date('2026-08-19', 'slash'), 'Expiration date')}</div>
<div class="fr">{bx('<span style="font-family:Z003,cursive;font-size:15pt">Benjamin Okafor</span>', 'PCP signature', 2.2)}{cbx(comb_date(f['referral_date'], 'slash'), 'Date of referral')}</div>
<div class="ins" style="margin-top:8px">Specialist: services beyond the office visit may need prior authorization. Fax authorization requests to Priority Health Utilization Management at {P('6169421060', 'dash')}.</div>
<div class="ft"><span>Priority Health &middot; 1231 East Beltline Ave NE, Grand Rapids MI 49525</span><span>PH-REF-03</span></div>
</div></div>"""
    meds = f"""
<div class="sheet"><div class="inner">
<div style="display:flex;justify-content:space-between;border-bottom:1.5px solid #000;padding-bottom:3px"><div><b style="font-size:12pt">Metro Family Medicine &mdash; Kentwood</b><br>Medication list</div>
<div style="text-align:right;font-size:8.5pt">Tran, Ngoc Anh &middot; DOB {D(f['patient_dob'], 'us')}<br>MRN {f['patient_mrn']} &middot; Printed {D('2026-02-20', 'us')}</div></div>
<h2>Current medications</h2>
<table class="m">
<tr><th>Medication</th><th>Directions</th><th>Start</th><th>Prescriber</th></tr>
<tr><td>rizatriptan 10 mg ODT</td><td>1 at onset, may repeat in 2 h; max 2/day, 8/month</td><td>{D('2024-05-02', 'us')}</td><td>B. Okafor</td></tr>
<tr><td>amitriptyline 25 mg tab</td><td>1 at bedtime</td><td>{D('2025-12-10', 'us')}</td><td>B. Okafor</td></tr>
<tr><td>naproxen 500 mg tab</td><td>1 twice daily as needed, with food</td><td>{D('2024-05-02', 'us')}</td><td>B. Okafor</td></tr>
<tr><td>ondansetron 4 mg ODT</td><td>1 every 8 h as needed for nausea</td><td>{D('2025-03-18', 'us')}</td><td>B. Okafor</td></tr>
<tr><td>norgestimate-ethinyl estradiol</td><td>1 daily</td><td>{D('2021-09-01', 'us')}</td><td>OB/GYN</td></tr>
</table>
<h2>Stopped</h2>
<table class="m">
<tr><th>Medication</th><th>Dates</th><th>Reason stopped</th></tr>
<tr><td>topiramate 50 mg BID</td><td>{D('2024-06-01', 'us')} &ndash; {D('2025-02-14', 'us')}</td><td>word-finding trouble, paresthesias; no benefit</td></tr>
<tr><td>propranolol ER 80 mg daily</td><td>{D('2025-03-01', 'us')} &ndash; {D('2025-11-20', 'us')}</td><td>fatigue, dizziness; fewer than 30% fewer headache days</td></tr>
</table>
<h2>Headache diary summary (patient-kept)</h2>
<table class="m">
<tr><th>Month</th><th>Headache days</th><th>Migraine days</th><th>Triptan doses</th><th>Missed work</th></tr>
<tr><td>November 2025</td><td>17</td><td>9</td><td>8</td><td>2 days</td></tr>
<tr><td>December 2025</td><td>19</td><td>10</td><td>8</td><td>3 days</td></tr>
<tr><td>January 2026</td><td>18</td><td>11</td><td>8</td><td>2 days</td></tr>
</table>
<p style="font-size:9.5pt;line-height:1.4">Allergies: none known. Neurological exam normal at the {D('2026-02-17', 'us')} visit; no red flags. Neck tension
and trapezius tenderness. MRI brain {D('2025-01-09', 'us')} normal. Blood pressure 118/74. Works as a pharmacy technician.</p>
<div class="ft"><span>Metro Family Medicine &middot; Kentwood &middot; {P(f['referring_phone'], 'dot')}</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("PA08", css, cover + form + meds), fields=f, pages=3,
                kind="hmo_specialist_referral_packet_cover_unchecked_urgent_comb_member_id_labels_below_plus_meds_to_neurology",
                mode="fine", urgency_printed=False,
                fax=dict(when="02/20/2026 10:03", name="METRO FAMILY MED", number=f["referring_fax"],
                         to="6163914455", fmt="h"))


# ====================================================================== PA09
def pa09():
    """Managed-Medicaid specialty referral form (Memphis internist -> rheumatology), one page, narrow type,
    entries in ALL CAPS in boxes with the labels printed below in tiny type; last-visit and requested-start
    dates, the plan's UM fax and a pending authorization number as distractors; no chart number."""
    f = {
        "patient_last_name": "Odom",
        "patient_first_name": "Shanice",
        "patient_dob": "1979-01-24",
        "patient_sex": "F",
        "patient_phone": "9013347790",
        "insurance_payer": "BlueCare Tennessee",
        "insurance_member_id": "ZEW448102937",
        "referring_provider": "Omar Haddad",
        "referring_npi": npi("171664902"),
        "referring_phone": "9017646100",
        "referring_fax": "9017646145",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Priya Raman",
        "diagnosis_codes": ["M05.79", "R76.8"],
        "reason": "SYMMETRIC POLYARTHRITIS OF HANDS AND WRISTS FOR 4 MONTHS WITH RF AND ANTI-CCP POSITIVE, ESR 48. "
                  "PLEASE START DMARD THERAPY.",
        "urgency": "urgent",
        "referral_date": "2026-03-12",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'Arial Narrow', sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:16pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; line-height:1.3; }
h1 { font-size:14pt; margin:6px 0 2px 0; border-top:2px solid #000; border-bottom:2px solid #000; padding:2px 0; text-align:center; letter-spacing:1px; }
.ins { font-size:8pt; margin:2px 0 4px 0; }
.sec { font-size:9.5pt; font-weight:bold; margin-top:8px; text-transform:uppercase; }
.fr { display:flex; gap:5px; margin-top:3px; align-items:flex-end; }
.bx { display:flex; flex-direction:column; }
.bx .v { border:1.2px solid #000; min-height:0.27in; padding:2px 5px; font-size:10.5pt; text-transform:uppercase; }
.bx .t { font-size:6.5pt; margin-top:1px; text-transform:uppercase; letter-spacing:0.2px; }
.ck { font-size:9.5pt; margin-top:5px; }
.sig { font-family:'Z003', cursive; font-size:15pt; text-transform:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""

    def bx(v, label, w):
        return f'<div class="bx" style="flex:{w}"><div class="v">{v}</div><div class="t">{label}</div></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">BlueCare Tennessee</div><div style="font-size:8.5pt">TennCare managed care &middot; 1 Cameron Hill Circle, Chattanooga TN 37402</div></div>
<div class="r">Provider Service {P('8004687698', 'one')}<br>Utilization Management fax {P('8332583418', 'one')}<br>Form BCT-SR-2 (rev. 01/2026)</div></div>
<h1>SPECIALTY CARE REFERRAL</h1>
<div class="ins">Complete in block capitals. The specialist keeps this form on file. A referral is not a prior authorization; infused or injectable drugs need separate approval.</div>
<div class="sec">Member</div>
<div class="fr">{bx('ODOM', 'Last name', 2)}{bx('SHANICE', 'First name', 2)}{bx('L', 'MI', 0.4)}{bx(D(f['patient_dob'], 'us'), 'Date of birth (MM/DD/YYYY)', 1.4)}{bx('F', 'Sex', 0.5)}</div>
<div class="fr">{bx(f['insurance_member_id'], 'Member ID (from ID card)', 2)}{bx(f['insurance_payer'], 'Health plan', 2)}{bx(P(f['patient_phone'], 'dash'), 'Member phone', 1.6)}</div>
<div class="fr">{bx('1190 FAXON AVE APT 4, MEMPHIS TN 38104', 'Address', 3)}{bx('ENGLISH', 'Language', 1)}{bx('NO', 'Needs transport (NEMT)', 1)}</div>
<div class="sec">Referring provider</div>
<div class="fr">{bx('OMAR HADDAD, MD', 'Referring provider', 2)}{bx(f['referring_npi'], 'NPI', 1.4)}{bx('MIDTOWN INTERNAL MEDICINE GROUP', 'Practice', 2.6)}</div>
<div class="fr">{bx(P(f['referring_phone'], 'dash'), 'Phone', 1.4)}{bx(P(f['referring_fax'], 'dash'), 'Fax', 1.4)}{bx('DANIELLE PRICE', 'Office contact', 1.8)}{bx('62-1804477', 'Tax ID', 1.2)}</div>
<div class="sec">Specialist</div>
<div class="fr">{bx('RHEUMATOLOGY', 'Specialty', 1.6)}{bx('PRIYA RAMAN, MD', 'Specialist', 1.8)}{bx(npi('109925571'), 'Specialist NPI', 1.4)}{bx('IN NETWORK', 'Network status', 1.2)}</div>
<div class="fr">{bx('MID-SOUTH ARTHRITIS CENTER, 6027 WALNUT GROVE RD STE 410, MEMPHIS TN 38120', 'Address', 3)}{bx(P('9016838300', 'dash'), 'Phone', 1.2)}{bx(P('9016838317', 'dash'), 'Fax', 1.2)}</div>
<div class="sec">Clinical</div>
<div class="fr">{bx('M05.79', 'ICD-10 #1', 1)}{bx('R76.8', 'ICD-10 #2', 1)}{bx('', 'ICD-10 #3', 1)}{bx('', 'ICD-10 #4', 1)}{bx(D('2026-03-09', 'us'), 'Date of last visit', 1.4)}</div>
<div class="fr">{bx(esc(f['reason']), 'Reason for referral / clinical question', 1)}</div>
<div class="fr">{bx('RF 86 IU/ML, ANTI-CCP &gt;250, ESR 48, CRP 2.9. HAND X-RAYS 03/04/26: PERIARTICULAR OSTEOPENIA, NO EROSIONS. PREDNISONE 10 MG SINCE 03/09/26. HEP B/C AND QUANTIFERON DRAWN.', 'Tests / treatment to date', 1)}</div>
<div class="ck"><b>URGENCY:</b> {box(False)}ROUTINE (within 30 days) &nbsp; {box(True)}URGENT (within 7 days) &nbsp; {box(False)}STAT (same day, call specialist)</div>
<div class="ck"><b>REQUEST:</b> {box(True)}CONSULT AND TREAT &nbsp; {box(False)}CONSULT ONLY &nbsp; {box(False)}SECOND OPINION &nbsp;&nbsp; <b>VISITS:</b> 6 &nbsp;&nbsp; <b>AUTH #:</b> PENDING</div>
<div class="fr" style="margin-top:6px">{bx(D('2026-03-16', 'us'), 'Requested start of care', 1.3)}{bx(D(f['referral_date'], 'us'), 'Referral date', 1.3)}{bx('<span class="sig">Omar Haddad MD</span>', 'Signature of referring provider', 3)}</div>
<div class="sec">For specialist office</div>
<div class="fr">{bx('', 'Appointment date', 1.3)}{bx('', 'Received by', 2)}{bx('', 'Consult note faxed to PCP on', 2)}</div>
<div class="ft"><span>BlueCare Tennessee is an independent licensee of the BlueCross BlueShield Association.</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("PA09", css, body), fields=f, pages=1,
                kind="managed_medicaid_specialty_referral_narrow_all_caps_boxes_labels_below_to_rheumatology",
                mode="standard", dropouts={1: 3},
                fax=dict(when="03/12/2026 12:18", name="MIDTOWN IM GROUP", number=f["referring_fax"],
                         to="9016838317", fmt="a"))


# ====================================================================== PA10
def pa10():
    """Hospital emergency department follow-up referral (Albany GA ED -> podiatry), STAT: pre-printed hospital
    form with an addressograph patient label (MRN, account/encounter number, admit date), phone in digit boxes,
    member ID in a comb, hospital main number, ED phone/fax and the follow-up-by date as distractors; page 2 the
    ED discharge instructions."""
    f = {
        "patient_last_name": "Bryant",
        "patient_first_name": "Cornelius",
        "patient_dob": "1966-11-08",
        "patient_sex": "M",
        "patient_phone": "2294318806",
        "patient_mrn": "FRM2044719",
        "insurance_payer": "Peach State Health Plan",
        "insurance_member_id": "GA58830172",
        "referring_provider": "Latoya Simmons",
        "referring_npi": npi("133870455"),
        "referring_phone": "2293125040",
        "referring_fax": "2293125093",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Ethan Marsh",
        "diagnosis_codes": ["E11.621", "L97.412", "L03.115"],
        "reason": "Diabetic foot ulcer of the right heel with surrounding cellulitis, started on cephalexin. Needs "
                  "wound care and debridement within 24 hours.",
        "urgency": "stat",
        "referral_date": "2026-03-14",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-family:'Liberation Serif', serif; font-size:15pt; font-weight:bold; }
.hd .a { font-size:8pt; line-height:1.3; }
.lbl { border:1px solid #000; border-radius:5px; padding:4px 7px; width:2.9in; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace;
       font-size:8.5pt; line-height:1.3; font-weight:bold; }
h1 { font-size:13pt; margin:6px 0 2px 0; background:#000; color:#fff; padding:2px 6px; letter-spacing:0.5px; }
.row { display:flex; border:1px solid #000; border-top:none; }
.row:first-of-type { border-top:1px solid #000; }
.cl { flex:1; padding:2px 5px 3px 5px; border-left:1px solid #000; min-height:0.42in; }
.cl:first-child { border-left:none; }
.cl .t { display:block; font-size:7pt; text-transform:uppercase; }
.cl .v { display:block; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; margin-top:2px; }
.comb i { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; font-weight:bold; }
.tbl { margin-top:6px; }
.stat { border:3px solid #000; padding:3px 8px; font-size:11pt; font-weight:bold; display:inline-block; }
.sig { font-family:'Z003', cursive; font-size:15pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.di { font-size:10pt; line-height:1.4; }
.di h2 { font-size:11.5pt; margin:8px 0 2px 0; }
.di p { margin:0 0 4px 0; }
"""

    def cl(label, value, w=1):
        return f'<div class="cl" style="flex:{w}"><span class="t">{label}</span><span class="v">{value}</span></div>'

    def row(*cells):
        return '<div class="row">' + "".join(cells) + "</div>"

    label = f"""<div class="lbl">BRYANT, CORNELIUS T<br>MRN: {f['patient_mrn']} &nbsp; ACCT: V00388120<br>
DOB: {D(f['patient_dob'], 'us')} &nbsp; 59Y &nbsp; M<br>ADM: {D('2026-03-14', 'mmddyy')} 06:52 &nbsp; ED &nbsp; ATT: SIMMONS, L</div>"""
    hd = f"""<div class="hd"><div><div class="n">Flint River Regional Medical Center</div>
<div class="a">Emergency Department &middot; 417 W Third Ave, Albany, Georgia 31701<br>Hospital main {P('2293125000', 'paren')} &middot; ED {P(f['referring_phone'], 'paren')} &middot; ED fax {P(f['referring_fax'], 'paren')}</div></div>
{label}</div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>EMERGENCY DEPARTMENT FOLLOW-UP REFERRAL</h1>
<div style="font-size:8pt;margin-bottom:4px">Place patient label above. Print or type. ED case management faxes this form to the receiving office and gives a copy to the patient.</div>
{row(cl('Patient last name', 'BRYANT', 1.4), cl('First name', 'CORNELIUS', 1.4), cl('Date of birth (MM DD YYYY)', comb_date(f['patient_dob'], 'gap'), 1.6), cl('Sex', box(True) + 'M ' + box(False) + 'F', 0.6))}
{row(cl('Patient phone (digit boxes)', comb_phone(f['patient_phone']), 2.2), cl('Alternate / family phone', P('2294310347', 'paren') + ' (SISTER)', 1.8), cl('Medical record no.', f['patient_mrn'], 1))}
{row(cl('Insurance', f['insurance_payer'], 1.6), cl('Member ID (one character per box)', comb(f['insurance_member_id'], 12), 2.4), cl('Encounter / account no.', 'V00388120', 1))}
{row(cl('Refer to specialty', 'PODIATRY / FOOT AND ANKLE', 1.6), cl('Refer to provider', 'ETHAN MARSH, DPM', 1.4), cl('Office', 'SW GEORGIA FOOT &amp; ANKLE, 2709 MEREDYTH DR, ALBANY GA 31707', 2))}
{row(cl('Office phone', P('2298839240', 'paren'), 1), cl('Office fax', P('2298839248', 'paren'), 1), cl('Appointment', 'OFFICE TO CALL PT TODAY', 1.4))}
{row(cl('Diagnoses (ICD-10-CM)', 'E11.621 TYPE 2 DM WITH FOOT ULCER<br>L97.412 NON-PRESSURE CHRONIC ULCER R HEEL/MIDFOOT, FAT LAYER EXPOSED<br>L03.115 CELLULITIS OF RIGHT LOWER LIMB', 1))}
{row(cl('Reason for referral', esc(f['reason']), 1))}
{row(cl('ED findings / treatment', 'ULCER 2.5 X 2.0 CM R PLANTAR HEEL, 5 CM ERYTHEMA, NO CREPITUS. XR R FOOT NO GAS OR OSTEOMYELITIS. WBC 11.2, GLUCOSE 286, A1C 10.4. CEPHALEXIN 500 MG QID X 10 D; WOUND DRESSED; OFFLOADING SHOE GIVEN.', 1))}
<div class="tbl">
<span class="stat">{box(False)}ROUTINE &nbsp; {box(False)}URGENT &nbsp; {box(True)}STAT &mdash; SEE WITHIN 24 HOURS</span>
&nbsp;&nbsp; Follow up no later than: <b>{D('2026-03-15', 'us')}</b></div>
{row(cl('ED physician (print)', 'LATOYA SIMMONS, MD', 1.4), cl('NPI', f['referring_npi'], 1), cl('Referral date', comb_date(f['referral_date'], 'gap'), 1.6))}
{row(cl('Signature', '<span class="sig">Latoya Simmons MD</span>', 2), cl('Time', '10:41', 0.6), cl('Case manager', 'K. DUNBAR RN x5071', 1.4))}
<div style="font-size:8pt;margin-top:6px">Receiving office: please fax confirmation of the appointment to ED case management at {P(f['referring_fax'], 'paren')}. If the patient cannot be seen within 24 hours, call the ED physician via the hospital operator.</div>
<div class="ft"><span>FRRMC-ED-114 (10/2024) &middot; WHITE: receiving office &middot; YELLOW: chart &middot; PINK: patient</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner di">
{hd}
<h1>DISCHARGE INSTRUCTIONS</h1>
<p><b>Patient:</b> Cornelius T. Bryant &nbsp; <b>Seen:</b> {D('2026-03-14', 'long')}, arrived 06:52, discharged 11:05</p>
<p><b>Your diagnosis:</b> Diabetic foot ulcer of the right heel with skin infection (cellulitis). High blood sugar.</p>
<h2>What to do</h2>
<p>1. Go to your foot doctor appointment with Dr. Ethan Marsh (Southwest Georgia Foot &amp; Ankle) within 24 hours. The office
will call you today. If you have not heard by 4 pm, call them at {P('2298839240', 'paren')}.</p>
<p>2. Take cephalexin 500 mg four times a day for 10 days, until it is gone.</p>
<p>3. Keep weight off your right heel. Wear the offloading shoe whenever you walk. Change the dressing once a day.</p>
<p>4. Check your blood sugar before meals and at bedtime. Take your metformin and insulin as prescribed.</p>
<p>5. See your primary care provider, Dr. Walter Pryor ({P('2294392211', 'paren')}), within 1 week about your diabetes.</p>
<h2>Come back to the emergency department right away if</h2>
<p>the redness spreads, you have a fever over 100.4 F, the wound drains pus or smells bad, you feel confused or very weak,
or your blood sugar is over 400.</p>
<h2>Prescriptions sent</h2>
<p>cephalexin 500 mg capsule, #40 &mdash; Walgreens, 2401 Dawson Rd, Albany ({P('2294354401', 'paren')}).</p>
<p style="margin-top:14px">I have received and understand these instructions. &nbsp; Patient signature: <span class="sig">Cornelius Bryant</span> &nbsp; {D('2026-03-14', 'us')}</p>
<p>Nurse: A. Whitfield, RN &nbsp;&middot;&nbsp; Interpreter: not needed</p>
<div class="ft"><span>Flint River Regional Medical Center &middot; Emergency Department</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA10", css, p1 + p2), fields=f, pages=2,
                kind="hospital_ed_followup_referral_addressograph_label_digit_box_phone_comb_member_id_stat_plus_discharge_to_podiatry",
                mode="fine",
                fax=dict(when="03/14/2026 11:12", name="FRRMC EMERGENCY DEPT", number=f["referring_fax"],
                         to="2298839248", fmt="c"))
