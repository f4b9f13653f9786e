"""PA01-PA05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts,
urgency_printed]).

Theme of set Z: paper forms designed for handwriting and machine filling, as US hospitals, payers and
agencies print them: comb fields (one character per box), values typed on underlines, labels printed below
their boxes in tiny type, a CMS-1500-like numbered grid, two-part carbonless forms, state Medicaid,
workers' compensation, school-based health center, tribal PRC and VA-style forms. Distractor dates, phone
and fax numbers and IDs (claim, group, authorization, PO numbers) everywhere.
"""
from common import npi, P, D, box, page, esc, comb, comb_date, comb_phone


# ====================================================================== PA01
def pa01():
    """Payer referral/authorization request laid out as a CMS-1500-like numbered grid (Overland Park KS
    internist -> cardiology). Tiny numbered caps labels in the corner of each cell, values typed in
    Courier ALL CAPS, dates in MM | DD | YYYY cells, ICD codes typed without the dot in the A.-L. slots,
    group NPI (33a) and rendering NPI (24J, 32a) as distractors, payer UM fax at the top."""
    f = {
        "patient_last_name": "Whitacre",
        "patient_first_name": "Dale",
        "patient_dob": "1954-06-21",
        "patient_sex": "M",
        "patient_phone": "9136484471",
        "patient_mrn": "WHI0042871",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H48210937",
        "referring_provider": "Marisol Echevarria",
        "referring_npi": npi("152718940"),
        "referring_phone": "9133452200",
        "referring_fax": "9133452210",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Rajesh Iyer",
        "diagnosis_codes": ["I48.91", "I10", "R00.2"],
        "reason": "NEW ONSET ATRIAL FIBRILLATION ON OFFICE ECG WITH PALPITATIONS, RATE CONTROLLED ON METOPROLOL. "
                  "EVALUATE FOR ANTICOAGULATION AND RHYTHM MANAGEMENT.",
        "urgency": "urgent",
        "referral_date": "2026-03-09",
    }
    rend_npi = npi("130884217")
    group_npi = npi("116509372")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; }
.top { display:flex; justify-content:space-between; align-items:flex-end; margin-bottom:3px; }
.top .c { font-size:8pt; line-height:1.3; }
.top .t { font-size:13pt; font-weight:bold; letter-spacing:0.5px; }
.top .s { font-size:7.5pt; }
.bar { display:flex; justify-content:space-between; font-size:7pt; border-top:2px solid #000; padding:1px 0; }
.g { border:1.6px solid #000; border-bottom:none; }
.r { display:flex; border-bottom:1px solid #000; }
.c2 { border-left:1px solid #000; padding:1px 4px 2px 4px; min-height:0.33in; position:relative; }
.c2:first-child { border-left:none; }
.n { display:block; font-size:6.5pt; text-transform:uppercase; line-height:1.15; letter-spacing:0.1px; }
.v { display:block; font-family:'Nimbus Mono PS', 'Liberation Mono', 'Courier New', monospace; font-size:10pt;
     font-weight:bold; line-height:1.25; margin-top:1px; text-transform:uppercase; }
.v .cb { font-family:'Liberation Sans', Arial, sans-serif; }
.dc { display:inline-flex; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; font-size:10pt; }
.dc span { border-left:1px solid #000; padding:0 4px; }
.dc span:first-child { border-left:none; padding-left:0; }
.dh { font-size:6pt; display:inline-flex; gap:0; }
.dh span { width:0.27in; } .dh span.y { width:0.4in; }
.ck { font-size:7pt; white-space:nowrap; margin-right:5px; }
.ck .cb { width:0.12in; height:0.12in; font-size:8pt; line-height:0.1in; }
table.sv { width:100%; border-collapse:collapse; }
table.sv th { font-size:6pt; font-weight:normal; text-align:left; border-bottom:1px solid #000; padding:0 3px; }
table.sv td { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; font-size:9.5pt; padding:1px 3px;
              border-bottom:1px dotted #000; }
.dx { display:grid; grid-template-columns:repeat(4, 1fr); row-gap:1px; }
.dx span { font-size:7pt; } .dx b { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10pt; margin-left:3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
"""

    def cell(w, label, value="", extra=""):
        return f'<div class="c2" style="flex:{w};{extra}"><span class="n">{label}</span><span class="v">{value}</span></div>'

    def row(*cells):
        return '<div class="r">' + "".join(cells) + "</div>"

    def dcell(iso):
        mm, dd, yyyy = iso[5:7], iso[8:10], iso[:4]
        return f'<span class="dc"><span>{mm}</span><span>{dd}</span><span>{yyyy}</span></span>'

    dh = '<span class="dh"><span>MM</span><span>DD</span><span class="y">YYYY</span></span>'
    ck = lambda on, t: f'<span class="ck">{box(on)}{t}</span>'  # noqa: E731
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="c"><b>HUMANA</b> &middot; Utilization Management &middot; PO Box 14601, Lexington KY 40512<br>
Submit by fax to UM intake {P('8884473430', 'one')} &middot; Provider line {P('8004571206', 'one')}</div>
<div style="text-align:right"><div class="t">REFERRAL / AUTHORIZATION REQUEST</div><div class="s">PROFESSIONAL &middot; 1500 FORMAT &middot; HUM-RA-1500 (02/25)</div></div></div>
<div class="bar"><span>&#9650; PICA</span><span>APPROVED OMB-0938-1197 FORM 1500 (02-12) LAYOUT &middot; PAYER USE ONLY</span><span>PICA &#9650;</span></div>
<div class="g">
{row(cell(6, '1. MEDICARE &nbsp; MEDICAID &nbsp; TRICARE &nbsp; CHAMPVA &nbsp; GROUP HEALTH PLAN &nbsp; FECA BLK LUNG &nbsp; OTHER',
          ck(False, 'Medicare#') + ck(False, 'Medicaid#') + ck(False, 'ID#/DoD#') + ck(False, 'Member ID#') + ck(False, 'ID#') + ck(False, 'ID#') + ck(True, 'ID#')),
     cell(4, "1a. INSURED'S I.D. NUMBER &nbsp; (For Program in Item 1)", f['insurance_member_id']))}
{row(cell(4, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", 'WHITACRE, DALE, E'),
     cell(2.4, "3. PATIENT'S BIRTH DATE &nbsp;&nbsp;&nbsp; SEX<br>" + dh, dcell(f['patient_dob']) + ' &nbsp;' + ck(True, 'M') + ck(False, 'F')),
     cell(3.6, "4. INSURED'S NAME (Last Name, First Name, Middle Initial)", 'SAME'))}
{row(cell(4, "5. PATIENT'S ADDRESS (No., Street)", '8820 W 95TH ST APT 12'),
     cell(2.4, '6. PATIENT RELATIONSHIP TO INSURED', ck(True, 'Self') + ck(False, 'Spouse') + ck(False, 'Child') + ck(False, 'Other')),
     cell(3.6, "7. INSURED'S ADDRESS (No., Street)", 'SAME'))}
{row(cell(3, 'CITY', 'OVERLAND PARK'), cell(1, 'STATE', 'KS'), cell(2.4, '8. RESERVED FOR NUCC USE', ''),
     cell(2.6, 'CITY', ''), cell(1, 'STATE', ''))}
{row(cell(1.6, 'ZIP CODE', '66212'), cell(2.4, 'TELEPHONE (Include Area Code)', P(f['patient_phone'], 'paren')),
     cell(2.4, '', ''), cell(1.6, 'ZIP CODE', ''), cell(2, 'TELEPHONE (Include Area Code)', '(&nbsp;&nbsp;&nbsp;&nbsp;)'))}
{row(cell(4, "9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", 'NONE'),
     cell(2.4, "10. IS PATIENT'S CONDITION RELATED TO:", '<span style="font-size:7pt;font-family:Arial">a. EMPLOYMENT? ' + ck(False, 'YES') + ck(True, 'NO') + '<br>b. AUTO ACCIDENT? ' + ck(False, 'YES') + ck(True, 'NO') + '</span>'),
     cell(3.6, "11. INSURED'S POLICY GROUP OR FECA NUMBER", 'KC4471 &nbsp;&nbsp; <span class="n" style="display:inline">11c. INSURANCE PLAN NAME OR PROGRAM NAME</span><br>' + f['insurance_payer']))}
{row(cell(4, "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE", 'SIGNATURE ON FILE'),
     cell(6, "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE", 'SIGNATURE ON FILE'))}
{row(cell(3.4, '14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP) &nbsp; QUAL. 431<br>' + dh, dcell('2026-02-27')),
     cell(3, '15. OTHER DATE &nbsp; QUAL. 454<br>' + dh, dcell('2026-03-02')),
     cell(3.6, '16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION<br>FROM &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; TO', ''))}
{row(cell(4, '17. NAME OF REFERRING PROVIDER OR OTHER SOURCE', 'DN &nbsp;MARISOL ECHEVARRIA MD'),
     cell(1.4, '17a. &nbsp; G2', '0447218'), cell(1.8, '17b. NPI', f['referring_npi']),
     cell(2.8, '18. DATE OF REFERRAL<br>' + dh, dcell(f['referral_date'])))}
{row(cell(6.4, '19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC) &mdash; REFERRED-TO SPECIALTY', 'REFERRAL TO CARDIOLOGY &mdash; CONSULT AND TESTING'),
     cell(3.6, '20. URGENCY OF REQUEST', ck(False, 'ROUTINE') + ck(True, 'URGENT') + ck(False, 'STAT')))}
{row(cell(6.4, '21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY &nbsp; Relate A-L to service line below (24E) &nbsp;&nbsp; ICD Ind. <b>0</b>',
          '<div class="dx"><span>A.<b>I4891</b></span><span>B.<b>I10</b></span><span>C.<b>R002</b></span><span>D.</span>'
          '<span>E.</span><span>F.</span><span>G.</span><span>H.</span><span>I.</span><span>J.</span><span>K.</span><span>L.</span></div>'),
     cell(3.6, '22. RESUBMISSION CODE &nbsp;&nbsp; ORIGINAL REF. NO.<br><br>23. PRIOR AUTHORIZATION NUMBER', 'HUM26A0771482'))}
<div class="r"><div class="c2" style="flex:10"><span class="n">24. REQUESTED SERVICES</span>
<table class="sv"><tr><th>A. FROM (MM DD YY)</th><th>TO</th><th>B. PLACE</th><th>D. CPT/HCPCS &nbsp; MOD</th><th>E. DX PTR</th><th>G. UNITS</th><th>I. QUAL</th><th>J. RENDERING PROVIDER ID #</th></tr>
<tr><td>03 16 26</td><td>06 14 26</td><td>11</td><td>99244</td><td>AB</td><td>1</td><td>NPI</td><td>{rend_npi}</td></tr>
<tr><td>03 16 26</td><td>06 14 26</td><td>11</td><td>93306</td><td>A</td><td>1</td><td>NPI</td><td>{rend_npi}</td></tr>
<tr><td>03 16 26</td><td>06 14 26</td><td>11</td><td>93224</td><td>AC</td><td>1</td><td>NPI</td><td>{rend_npi}</td></tr>
</table></div></div>
{row(cell(10, '24K. REASON FOR REFERRAL / CLINICAL SUMMARY',
          esc(f['reason']) + '<br>CHADS-VASC 3 (AGE, HTN). TSH NORMAL 03/02/26. NO PRIOR ANTICOAGULATION. ECG AND LAST NOTE ATTACHED TO ORIGINAL.', 'min-height:0.6in'))}
{row(cell(2.4, '25. FEDERAL TAX I.D. NUMBER &nbsp; SSN EIN', '48-1180442'), cell(2.2, "26. PATIENT'S ACCOUNT NO.", f['patient_mrn']),
     cell(1.8, '27. ACCEPT ASSIGNMENT?', ck(True, 'YES') + ck(False, 'NO')), cell(3.6, '28. TOTAL CHARGE &nbsp;&nbsp; 29. AMOUNT PAID &nbsp;&nbsp; 30. RSVD FOR NUCC', ''))}
{row(cell(3, '31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS',
          '<span style="font-family:Z003,cursive;font-size:14pt;text-transform:none;font-weight:normal">M. Echevarria</span><br>MARISOL ECHEVARRIA MD &nbsp; DATE ' + D(f['referral_date'], 'mmddyy'), 'min-height:0.85in'),
     cell(3.5, '32. SERVICE FACILITY LOCATION INFORMATION (REFERRED-TO PROVIDER)',
          'RAJESH IYER MD<br>PRAIRIE HEART CARDIOLOGY<br>5701 W 119TH ST STE 240<br>OVERLAND PARK KS 66209<br>PH ' + P('9138881450', 'paren')),
     cell(3.5, '33. BILLING PROVIDER INFO &amp; PH # &nbsp;' + P(f['referring_phone'], 'paren'),
          'JOHNSON COUNTY INTERNAL MEDICINE<br>10550 QUIVIRA RD STE 300<br>OVERLAND PARK KS 66215<br>FAX ' + P(f['referring_fax'], 'paren')))}
{row(cell(3, '', ''), cell(3.5, '32a. NPI &nbsp;&nbsp;&nbsp; 32b.', rend_npi), cell(3.5, '33a. NPI &nbsp;&nbsp;&nbsp; 33b.', group_npi))}
</div>
<div class="ft"><span>NUCC Instruction Manual available at: www.nucc.org</span><span>PLEASE PRINT OR TYPE</span><span>Referring office: fax determinations to {P(f['referring_fax'], 'dash')}</span></div>
</div></div>"""
    return dict(html=page("PA01", css, body), fields=f, pages=1,
                kind="cms1500_like_numbered_grid_referral_authorization_courier_caps_undotted_icd_slots_to_cardiology",
                mode="fine",
                fax=dict(when="03/09/2026 15:47", name="JOCO INTERNAL MED", number=f["referring_fax"],
                         to="8884473430", fmt="a"))


# ====================================================================== PA02
def pa02():
    """State Medicaid PCP referral form (Oklahoma SoonerCare, pediatrics -> pediatric pulmonology): comb
    fields everywhere (name letter per box, DOB MM|DD|YYYY, member ID letter per box, phone and fax in digit
    boxes, NPI in boxes), labels printed below the boxes in tiny type; case number, authorization-valid
    dates and visit count as distractors; page 2 the PCP visit note. Page 1 skewed."""
    f = {
        "patient_last_name": "Pruitt",
        "patient_first_name": "Kaylee",
        "patient_dob": "2014-10-03",
        "patient_sex": "F",
        "patient_phone": "4057329105",
        "patient_mrn": "CHP088213",
        "insurance_payer": "SoonerCare",
        "insurance_member_id": "B12774059",
        "referring_provider": "Denise Hollowell",
        "referring_npi": npi("178203354"),
        "referring_phone": "4056314480",
        "referring_fax": "4056314492",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Farah Nasser",
        "diagnosis_codes": ["J45.50", "J30.2"],
        "reason": "Severe persistent asthma with 3 ED visits and 2 oral steroid bursts in 6 months despite "
                  "high-dose ICS/LABA. Evaluate for biologic therapy.",
        "urgency": "routine",
        "referral_date": "2026-03-16",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
.ag { display:flex; justify-content:space-between; align-items:center; border-bottom:3px solid #000; padding-bottom:3px; }
.ag .s { font-size:12pt; font-weight:bold; }
.ag .f { font-size:7.5pt; text-align:right; }
h1 { font-size:12.5pt; margin:4px 0 2px 0; text-align:center; }
.ins { font-size:7.5pt; text-align:center; margin-bottom:3px; }
.sec { background:#000; color:#fff; font-weight:bold; font-size:8.5pt; padding:1px 5px; margin-top:5px; letter-spacing:0.5px; }
.fr { display:flex; gap:0.16in; align-items:flex-end; margin-top:4px; flex-wrap:nowrap; }
.fl { display:inline-flex; flex-direction:column; }
.fl .t { font-size:6.5pt; margin-top:1px; text-transform:uppercase; }
.comb i { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:10.5pt; font-weight:bold; }
.lb { border:1px solid #000; min-height:0.23in; padding:1px 4px; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace;
      font-size:9.5pt; font-weight:bold; }
.ckl { font-size:8.5pt; display:flex; gap:14px; flex-wrap:wrap; padding-top:2px; }
.sig { font-family:'Z003', cursive; font-size:15pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.note { font-family:'Liberation Serif', 'Times New Roman', serif; font-size:10.5pt; line-height:1.35; }
.note h2 { font-family:'Liberation Sans', Arial, sans-serif; font-size:12pt; margin:4px 0; }
.note h3 { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; margin:8px 0 1px 0; text-transform:uppercase; }
.note p { margin:0; }
.nh { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:3px; font-family:'Liberation Sans', Arial, sans-serif; font-size:8.5pt; }
"""

    def fl(inner, label, w=None):
        st = f' style="width:{w}"' if w else ""
        return f'<span class="fl"{st}>{inner}<span class="t">{label}</span></span>'

    def lbx(v, label, w):
        return fl(f'<span class="lb">{v}</span>', label, w)

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="ag"><div><div class="s">OKLAHOMA HEALTH CARE AUTHORITY</div><div style="font-size:8pt">SoonerCare Medical Home &middot; 4345 N Lincoln Blvd, Oklahoma City OK 73105</div></div>
<div class="f">Form PCP-REF-1 (Rev. 07/2024)<br>Provider Helpline {P('4055223344', 'dash')}</div></div>
<h1>SOONERCARE PCP/MEDICAL HOME REFERRAL FOR SPECIALTY SERVICES</h1>
<div class="ins">Type or print in black ink, one character per box. Labels are printed below each entry. The specialist must have this referral on file before the visit.</div>
<div class="sec">SECTION A &mdash; MEMBER</div>
<div class="fr">{fl(comb('PRUITT', 14), "Member's last name")}{fl(comb('KAYLEE', 11), 'First name')}{fl(comb('J', 1), 'M.I.')}</div>
<div class="fr">{fl(comb_date(f['patient_dob'], 'slash'), 'Date of birth (MM/DD/YYYY)')}{fl(comb('F', 1), 'Sex (M/F)')}{fl(comb(f['insurance_member_id'], 12), 'SoonerCare member ID')}{fl(comb('C0039182', 9), 'Case number')}</div>
<div class="fr">{fl(comb_phone(f['patient_phone']), 'Member / parent telephone')}{lbx('Tonya Pruitt (mother)', 'Parent or guardian name', '2.2in')}{lbx('ENGLISH', 'Primary language', '1.1in')}</div>
<div class="fr">{lbx('2214 SW 44TH ST, OKLAHOMA CITY OK 73119', 'Home address (street, city, state, ZIP)', '6.9in')}</div>
<div class="sec">SECTION B &mdash; REFERRING PCP / MEDICAL HOME</div>
<div class="fr">{lbx('DENISE HOLLOWELL, MD', 'PCP name', '2.7in')}{lbx('CAPITOL HILL PEDIATRICS', 'Medical home / group', '2.4in')}{fl(comb('D4471802', 9), 'SoonerCare provider ID')}</div>
<div class="fr">{fl(comb(f['referring_npi'], 10), 'PCP NPI')}{fl(comb_phone(f['referring_phone']), 'PCP telephone')}{fl(comb_phone(f['referring_fax']), 'PCP fax')}</div>
<div class="sec">SECTION C &mdash; REFERRED TO</div>
<div class="fr">{lbx('PEDIATRIC PULMONOLOGY', 'Specialty', '2.2in')}{lbx('FARAH NASSER, MD', 'Specialist name (if known)', '2.3in')}{fl(comb(npi('140772963'), 10), 'Specialist NPI')}</div>
<div class="fr">{lbx("OU CHILDREN'S PULMONARY CLINIC, 1200 CHILDREN'S AVE, OKC 73104", 'Practice / facility address', '4.6in')}{fl(comb_phone('4052715970'), 'Specialist telephone')}</div>
<div class="sec">SECTION D &mdash; REFERRAL</div>
<div class="fr">{fl(comb_date(f['referral_date'], 'slash'), 'Date of referral')}{fl(comb_date('2026-09-16', 'slash'), 'Referral valid through')}{fl(comb('3', 2), 'No. of visits')}</div>
<div class="fr">{fl(comb('J45.50', 7), 'ICD-10 primary')}{fl(comb('J30.2', 7), 'ICD-10 secondary')}{fl(comb('', 7), 'ICD-10 other')}</div>
<div class="fr">{lbx(esc(f['reason']), 'Reason for referral / services requested', '6.9in')}</div>
<div class="fr">{lbx('Spirometry 02/24/26 FEV1 71% pred, +14% post BD. Fluticasone-salmeterol 250/50 BID, montelukast 5 mg. Eos 520.', 'Pertinent findings / treatment to date', '6.9in')}</div>
<div class="ckl"><b>Type:</b><span>{box(True)}Evaluate and treat</span><span>{box(False)}Consult only</span><span>{box(False)}Second opinion</span>
<b style="margin-left:14px">Priority:</b><span>{box(True)}Routine</span><span>{box(False)}Urgent (within 72 hours)</span></div>
<div class="fr" style="margin-top:8px">{fl('<span class="sig">Denise Hollowell MD</span>', 'PCP signature', '2.7in')}{fl(comb_date(f['referral_date'], 'slash'), 'Date signed')}</div>
<div class="sec" style="margin-top:10px">SECTION E &mdash; SPECIALIST OFFICE USE ONLY</div>
<div class="fr">{fl(comb('', 2) + '<b class="cs">/</b>' + comb('', 2) + '<b class="cs">/</b>' + comb('', 4), 'Appointment date')}{lbx('', 'Received by', '2.2in')}{lbx('', 'Visit summary faxed to PCP on', '2.2in')}</div>
<div class="fr">{lbx('', 'Additional referral needed to (specialty / provider)', '6.9in')}</div>
<div class="ins" style="margin-top:6px;text-align:left">A PCP referral does not guarantee payment. Verify SoonerCare eligibility on the date of service at the provider portal or by calling the Provider Helpline.</div>
<div class="ft"><span>White: specialist &middot; Yellow: PCP chart &middot; Pink: member</span><span>Specialist: fax visit summary to the PCP fax above within 10 days</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner note">
<div class="nh"><div><b style="font-size:11pt">Capitol Hill Pediatrics</b><br>2900 S Robinson Ave, Oklahoma City OK 73109</div>
<div style="text-align:right">Tel {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div></div>
<h2>Progress Note</h2>
<p><b>Patient:</b> Pruitt, Kaylee J &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Chart #:</b> {f['patient_mrn']} &nbsp; <b>Visit:</b> {D('2026-03-13', 'us')}</p>
<p><b>Provider:</b> Denise Hollowell, MD &nbsp; <b>Accompanied by:</b> mother</p>
<h3>Subjective</h3>
<p>11-year-old girl seen for follow-up after an emergency department visit on {D('2026-03-07', 'us')} for an asthma
exacerbation (third ED visit since September). Prednisolone bursts in October and March. Night cough 3-4 nights a week,
uses albuterol most days, missed 9 school days this semester. Adherent to fluticasone-salmeterol 250/50 per pharmacy fills.
Cat in the home; mother smokes outside only. Seasonal sneezing and itchy eyes each spring.</p>
<h3>Objective</h3>
<p>Wt 41 kg. SpO2 97% RA, RR 20. Mild end-expiratory wheeze bilaterally, no retractions. Boggy nasal turbinates.
ACT score 13. Spirometry {D('2026-02-24', 'us')}: FEV1 71% predicted, FEV1/FVC 0.74, 14% improvement after bronchodilator.
CBC with absolute eosinophils 520/uL. Total IgE 610 IU/mL.</p>
<h3>Assessment</h3>
<p>1. Severe persistent asthma, uncomplicated today (J45.50), poorly controlled on step 4 therapy.<br>
2. Seasonal allergic rhinitis (J30.2).</p>
<h3>Plan</h3>
<p>Continue fluticasone-salmeterol and montelukast; start cetirizine 10 mg daily. Asthma action plan updated and copy sent to
school nurse. SoonerCare referral to pediatric pulmonology (Dr. Farah Nasser) for evaluation for biologic therapy.
Smoking cessation resources given to mother (OK Tobacco Helpline 1-800-784-8669). Return in 4 weeks.</p>
<p style="margin-top:10px">Electronically signed Denise Hollowell, MD {D('2026-03-13', 'us')} 17:02</p>
<div class="ft"><span>Pruitt, Kaylee J &middot; {f['patient_mrn']}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA02", css, p1 + p2), fields=f, pages=2,
                kind="state_medicaid_pcp_referral_comb_fields_labels_below_boxes_plus_visit_note_to_pulmonology",
                mode="standard", skew={1: 1.1},
                fax=dict(when="03/16/2026 09:12", name="CAPITOL HILL PEDS", number=f["referring_fax"],
                         to="4052715979", fmt="b"))


# ====================================================================== PA03
def pa03():
    """Workers' compensation referral to a specialist (Corpus Christi occupational medicine -> orthopedics):
    Times type, values typed on underlines after each label, carrier claim number, employer, employer phone,
    adjuster phone/fax, date of injury and DWC numbers as distractors; no health-plan member ID. Page 2 a
    work-status report."""
    f = {
        "patient_last_name": "Villarreal",
        "patient_first_name": "Arturo",
        "patient_dob": "1983-05-11",
        "patient_sex": "M",
        "patient_phone": "3617058842",
        "patient_mrn": "OMC-226104",
        "insurance_payer": "Texas Mutual Insurance Company",
        "referring_provider": "Kevin Baptiste",
        "referring_npi": npi("195330418"),
        "referring_phone": "3618554000",
        "referring_fax": "3618554019",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Lauren Mikkelsen",
        "diagnosis_codes": ["S46.011A", "M25.511"],
        "reason": "Right shoulder injury lifting a steel plate at work; MRI shows a full thickness supraspinatus "
                  "tear. Evaluate for surgical repair.",
        "urgency": "urgent",
        "referral_date": "2026-03-05",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; }
.hd { text-align:center; }
.hd .n { font-size:14pt; font-weight:bold; letter-spacing:0.5px; }
.hd .a { font-size:9pt; }
h1 { font-size:13pt; text-align:center; margin:6px 0 1px 0; border-top:1.5px solid #000; padding-top:4px; }
.sub { text-align:center; font-size:8.5pt; font-style:italic; margin-bottom:4px; }
h2 { font-size:10pt; margin:7px 0 1px 0; text-transform:uppercase; letter-spacing:0.5px; }
.ln { display:flex; gap:10px; margin:3px 0; align-items:baseline; }
.ln > span { display:flex; align-items:baseline; }
.ln > span > i { font-style:normal; white-space:nowrap; margin-right:3px; font-size:9.5pt; }
.ln > span > u { flex:1; text-decoration:none; border-bottom:1px solid #000; padding:0 3px; min-height:1.15em;
                 font-family:'Nimbus Mono PS', 'Liberation Mono', 'Courier New', monospace; font-size:10pt; }
.ckr { margin:3px 0; font-size:9.5pt; }
.sig { font-family:'Z003', cursive; font-size:15pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.ws { width:100%; border-collapse:collapse; margin-top:4px; }
table.ws td { border:1px solid #000; padding:3px 5px; vertical-align:top; font-size:9.5pt; }
"""

    def ln(*pairs):
        return '<div class="ln">' + "".join(
            f'<span style="flex:{w}"><i>{l}</i><u>{v}</u></span>' for l, v, w in pairs) + "</div>"

    hd = f"""<div class="hd"><div class="n">COASTAL BEND OCCUPATIONAL MEDICINE</div>
<div class="a">5402 Everhart Rd, Bldg 3 &middot; Corpus Christi, Texas 78411 &middot; Telephone {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>WORKERS' COMPENSATION &mdash; REFERRAL TO SPECIALIST</h1>
<div class="sub">Texas Labor Code &sect;408 &middot; Treating doctor referral &middot; Preauthorization required for surgery (28 TAC &sect;134.600)</div>
<h2>Injured employee</h2>
{ln(('Employee name (last, first, MI)', 'VILLARREAL, ARTURO M', 3), ('Sex', 'M', 0.6))}
{ln(('Date of birth', D(f['patient_dob'], 'us'), 1.4), ('SSN (last 4)', 'XXX-XX-6613', 1.3), ('Home phone', P(f['patient_phone'], 'paren'), 1.6))}
{ln(('Address', '4417 Kostoryz Rd Apt 9, Corpus Christi TX 78415', 3), ('Clinic chart #', f['patient_mrn'], 1.4))}
{ln(('Preferred language', 'Spanish / English', 1.5), ('Interpreter needed', 'No', 1))}
<h2>Employer</h2>
{ln(('Employer', 'Gulf Coast Steel Fabricators, Inc.', 2.4), ('Employer phone', P('3612899100', 'paren'), 1.6))}
{ln(('Supervisor / contact', 'Roy Escobedo, Safety Manager', 2.4), ('Employer fax', P('3612899124', 'paren'), 1.6))}
{ln(('Employer FEIN', '74-2958013', 1.2), ('Job title', 'Fitter / welder', 1.4), ('Date of injury', D('2026-02-02', 'us'), 1.2))}
<h2>Insurance carrier</h2>
{ln(('Carrier', f['insurance_payer'], 2.4), ('Carrier claim #', 'TM-26-0184472', 1.6))}
{ln(('Adjuster', 'Melissa Ybarra', 1.6), ('Adjuster phone', P('5122247360', 'paren'), 1.4), ('Adjuster fax', P('5122247399', 'paren'), 1.4))}
{ln(('DWC claim #', '26-118204-01', 1.4), ('Carrier preauth #', 'pending', 1.2), ('Network', 'Texas Star Network', 1.6))}
<h2>Referral</h2>
{ln(('Refer to (specialty)', 'Orthopedics &mdash; shoulder / sports', 2.2), ('Physician', 'Lauren Mikkelsen, MD', 1.8))}
{ln(('Practice', 'South Texas Orthopaedic &amp; Spine, 6649 S Staples St, Corpus Christi TX 78413', 3))}
{ln(('Practice phone', P('3619916000', 'paren'), 1.5), ('Practice fax', P('3619916011', 'paren'), 1.5), ('Date of referral', D(f['referral_date'], 'us'), 1.4))}
{ln(('Diagnosis / ICD-10', 'S46.011A Strain of rotator cuff, right shoulder, initial; M25.511 Pain in right shoulder', 3))}
{ln(('Reason for referral', esc(f['reason']), 3))}
{ln(('Findings to date', 'MRI 02/27/26: full-thickness supraspinatus tear, 1.4 cm retraction. 4 wks PT, no gain in elevation.', 3))}
<div class="ckr"><b>Services:</b> {box(True)}Consultation &nbsp; {box(True)}Treatment &nbsp; {box(False)}Impairment rating / MMI &nbsp; {box(False)}Designated doctor exam</div>
<div class="ckr"><b>Priority:</b> {box(False)}Routine &nbsp; {box(True)}Urgent &nbsp; {box(False)}Stat</div>
<h2>Treating doctor</h2>
{ln(('Name', 'Kevin Baptiste, DO', 2), ('NPI', f['referring_npi'], 1.4), ('TX license', 'Q8127', 0.9))}
{ln(('Signature', '<span class="sig">Kevin Baptiste DO</span>', 2), ('Date', D(f['referral_date'], 'us'), 1.4))}
<div class="ft"><span>COPY TO: carrier adjuster (fax above) &middot; employer &middot; injured employee</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>WORK STATUS REPORT</h1>
<div class="sub">Attached to specialist referral of {D(f['referral_date'], 'us')}</div>
<table class="ws">
<tr><td style="width:50%">Injured employee: <b>Villarreal, Arturo M</b></td><td>Date of injury: {D('2026-02-02', 'us')}</td></tr>
<tr><td>Employer: Gulf Coast Steel Fabricators, Inc.</td><td>Carrier claim #: TM-26-0184472</td></tr>
<tr><td>Date of this visit: {D('2026-03-05', 'us')}</td><td>Next visit: {D('2026-03-19', 'us')}</td></tr>
</table>
<h2>Work status</h2>
<div class="ckr">{box(False)}The employee may return to work without restrictions as of ________</div>
<div class="ckr">{box(True)}The employee may return to work with the restrictions below from {D('2026-03-05', 'us')} through {D('2026-04-02', 'us')}</div>
<div class="ckr">{box(False)}The employee is prevented from all work from ________ through ________</div>
<h2>Restrictions</h2>
<table class="ws">
<tr><td>Right arm: no lifting over 5 lb; no reaching overhead; no pushing/pulling over 10 lb</td></tr>
<tr><td>No climbing ladders or scaffolds; no use of grinders or vibratory tools with the right arm</td></tr>
<tr><td>Sling for comfort only. May perform one-handed tasks, inspection and paperwork.</td></tr>
</table>
<h2>Clinical course</h2>
<p style="margin:2px 0;line-height:1.35">Mr. Villarreal felt a pop in the right shoulder on {D('2026-02-02', 'us')} while lifting a 3/8-inch steel plate
overhead with a coworker. Initial exam showed painful arc and weakness of external rotation. X-rays negative for fracture.
Physical therapy 3 times weekly for 4 weeks with little gain: active elevation 95 degrees, drop-arm test positive.
MRI on {D('2026-02-27', 'us')} at Bayside Imaging (accession BI-2261784): full-thickness tear of the supraspinatus tendon
with 1.4 cm retraction, mild muscle atrophy. Meloxicam 15 mg daily; tramadol 50 mg at night as needed.</p>
<p style="margin:8px 0 0 0">Treating doctor: Kevin Baptiste, DO &nbsp;&middot;&nbsp; Phone {P(f['referring_phone'], 'paren')} &nbsp;&middot;&nbsp; Report date {D('2026-03-05', 'us')}</p>
<div class="ft"><span>Villarreal, Arturo M &middot; Claim TM-26-0184472 &middot; Chart {f['patient_mrn']}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA03", css, p1 + p2), fields=f, pages=2,
                kind="workers_comp_specialist_referral_typed_on_underlines_times_claim_employer_adjuster_distractors_to_orthopedics",
                mode="standard", dropouts={2: 2},
                fax=dict(when="03/05/2026 13:30", name="COASTAL BEND OCC MED", number=f["referring_fax"],
                         to="3619916011", fmt="c"))


# ====================================================================== PA04
def pa04():
    """School-based health center referral (Denver high school SBHC -> allergy): narrow type, each value in a
    box with its label printed below in tiny type, Medicaid ID one letter per box, school/nurse/parent-work
    phones and student ID as distractors, no named specialist; page 2 the parent consent and release form."""
    f = {
        "patient_last_name": "Bautista",
        "patient_first_name": "Isaiah",
        "patient_dob": "2010-02-19",
        "patient_sex": "M",
        "patient_phone": "7203946615",
        "patient_mrn": "SBHC-10522",
        "insurance_payer": "Health First Colorado",
        "insurance_member_id": "K419283",
        "referring_provider": "Rachel Oyelaran",
        "referring_npi": npi("163047729"),
        "referring_phone": "3034248850",
        "referring_fax": "3034248859",
        "referred_to_specialty": "allergy",
        "diagnosis_codes": ["L50.0", "Z91.010"],
        "reason": "Hives and lip swelling after eating a peanut snack at school lunch; needs allergy testing and "
                  "an emergency action plan.",
        "urgency": "routine",
        "referral_date": "2026-01-28",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'Arial Narrow', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; line-height:1.3; }
h1 { font-size:13pt; margin:5px 0 3px 0; display:flex; justify-content:space-between; align-items:baseline; }
h1 small { font-size:8pt; font-weight:normal; }
.sec { font-weight:bold; font-size:9.5pt; border-bottom:1px solid #000; margin-top:7px; padding-bottom:1px; text-transform:uppercase; }
.fr { display:flex; gap:6px; margin-top:4px; align-items:flex-end; }
.bx { display:flex; flex-direction:column; }
.bx .v { border:1px solid #000; min-height:0.25in; padding:2px 4px; font-size:10.5pt; }
.bx .t { font-size:6.5pt; margin-top:1px; }
.comb i { font-family:'Liberation Sans', Arial, sans-serif; font-size:10pt; }
.ck { font-size:9pt; margin:3px 0; }
.sig { font-family:'Z003', cursive; font-size:15pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.cons p { margin:0 0 7px 0; font-size:10pt; line-height:1.35; font-family:'Liberation Sans', Arial, sans-serif; }
"""

    def bx(v, label, w):
        return f'<div class="bx" style="flex:{w}"><div class="v">{v}</div><div class="t">{label}</div></div>'

    def cbx(inner, label):
        return f'<div class="bx"><div>{inner}</div><div class="t">{label}</div></div>'

    hd = f"""<div class="hd"><div><div class="n">Montbello High School-Based Health Center</div>
<div style="font-size:8.5pt">Operated by Eastside Community Health &middot; 5000 Crown Blvd, Room 118, Denver CO 80239</div></div>
<div class="r">SBHC phone {P(f['referring_phone'], 'dash')}<br>SBHC fax {P(f['referring_fax'], 'dash')}<br>School main office {P('7204236300', 'dash')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>REFERRAL FOR OUTSIDE SERVICES <small>SBHC form 7 &middot; rev. 2025</small></h1>
<div class="sec">Student</div>
<div class="fr">{bx('Bautista', 'Last name', 3)}{bx('Isaiah', 'First name', 3)}{bx('N', 'MI', 0.6)}{bx('10', 'Grade', 0.8)}{bx('S4408172', 'DPS student ID', 1.6)}</div>
<div class="fr">{cbx(comb_date(f['patient_dob'], 'gap'), 'Date of birth &nbsp; MM &nbsp;DD &nbsp;YYYY')}{bx(box(True) + 'Male ' + box(False) + 'Female ' + box(False) + 'Other', 'Sex', 2)}{bx(f['patient_mrn'], 'SBHC chart no.', 1.6)}</div>
<div class="fr">{bx('Lorena Bautista (mother)', 'Parent / guardian', 2.4)}{bx(P(f['patient_phone'], 'dash'), 'Student / family home phone', 1.7)}{bx(P('3033986120', 'dash'), 'Parent work phone', 1.7)}</div>
<div class="fr">{bx('15482 E 48th Ave, Denver CO 80239', 'Home address', 4)}{bx('Spanish', 'Family language', 1.2)}</div>
<div class="sec">Coverage</div>
<div class="fr">{bx(f['insurance_payer'], 'Insurance / program', 3)}{cbx(comb(f['insurance_member_id'], 8), 'Medicaid ID (one character per box)')}{bx('Denver Health Medicaid Choice', 'RAE / managed care', 2.6)}</div>
<div class="sec">Refer to</div>
<div class="fr">{bx('Allergy &amp; Immunology', 'Specialty / service', 2.2)}{bx('Any available provider', 'Provider', 2)}{bx('Colorado Allergy &amp; Asthma Centers, 1450 S Havana St, Aurora CO 80012', 'Clinic / address', 4)}</div>
<div class="fr">{bx(P('3033654510', 'dash'), 'Clinic phone', 1.5)}{bx(P('3033654522', 'dash'), 'Clinic fax', 1.5)}{bx('No', 'Transportation help needed', 1.2)}{bx('After 2:30 pm or Fri', 'Best time', 1.8)}</div>
<div class="sec">Clinical</div>
<div class="fr">{bx('L50.0 Allergic urticaria &nbsp;&middot;&nbsp; Z91.010 Allergy to peanuts', 'ICD-10 code(s) and description', 1)}</div>
<div class="fr">{bx(esc(f['reason']), 'Reason for referral', 1)}</div>
<div class="fr">{bx('Seen in SBHC on 01/26/26 about 20 min after lunch: hives on face, neck and arms, upper-lip swelling, no wheeze, BP normal. Diphenhydramine given, resolved in 1 h. School nurse notified; epinephrine auto-injector prescribed 01/27/26.', 'History / findings', 1)}</div>
<div class="ck"><b>Urgency:</b> {box(True)}Routine &nbsp; {box(False)}Urgent &nbsp;&nbsp;&nbsp; <b>Consent on file:</b> {box(True)}Yes (see page 2) &nbsp; {box(False)}Student self-consent (age 15+)</div>
<div class="sec">Referring clinician</div>
<div class="fr">{bx('Rachel Oyelaran, CPNP', 'Name and credentials', 2.4)}{bx(f['referring_npi'], 'NPI', 1.4)}{bx('School nurse: Dana Whitlock, RN ' + P('7204236315', 'dash'), 'School nurse / contact', 3)}</div>
<div class="fr">{bx('<span class="sig">Rachel Oyelaran</span>', 'Signature', 3)}{cbx(comb_date(f['referral_date'], 'gap'), 'Referral date &nbsp; MM &nbsp;DD &nbsp;YYYY')}</div>
<div class="sec" style="margin-top:12px">SBHC referral tracking (office use)</div>
<div class="fr">{bx('', 'Appointment date / time', 2)}{bx('', 'Scheduled by', 1.5)}{bx('', 'Report received', 1.5)}{bx('', 'Follow-up visit in SBHC', 1.5)}</div>
<div class="ft"><span>Please send the visit summary to the SBHC fax above. Do not send to the school office.</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner cons">
{hd}
<h1>PARENT / GUARDIAN CONSENT AND RELEASE OF INFORMATION</h1>
<p>Student: <b>Isaiah N. Bautista</b> &nbsp;&nbsp; Date of birth: {D(f['patient_dob'], 'us')} &nbsp;&nbsp; School: Montbello High School</p>
<p>I give permission for the Montbello High School-Based Health Center (Eastside Community Health) to refer my child to the
outside provider named on the referral form and to share with that provider the information needed for this referral:
demographics, insurance, the SBHC visit notes, medications, allergies and immunizations.</p>
<p>I also permit the outside provider to send the results of the visit, test results and the allergy emergency action plan
back to the SBHC, and permit the SBHC to share the emergency action plan with the school nurse.</p>
<p>This consent expires one year from the date signed or when I revoke it in writing. I understand that I may refuse to sign
and that my child's care at the SBHC does not depend on my signature.</p>
<p style="margin-top:14px">Parent / guardian name: <b>Lorena Bautista</b> &nbsp;&nbsp; Relationship: mother</p>
<p>Phone: {P('7203946615', 'dash')} &nbsp;&nbsp; Alternate: {P('3033986120', 'dash')} (work)</p>
<p>Signature: <span class="sig">Lorena Bautista</span> &nbsp;&nbsp; Date signed: {D('2026-01-27', 'us')}</p>
<p style="margin-top:14px">Interpreter used: Spanish, in person (M. Ortiz, SBHC staff) &nbsp;&middot;&nbsp; Received by SBHC {D('2026-01-27', 'us')}</p>
<p style="margin-top:24px;font-size:8.5pt">SBHC use: chart {f['patient_mrn']} &middot; scanned {D('2026-01-28', 'us')} &middot; referral log # 2026-0041</p>
<div class="ft"><span>Montbello High SBHC &middot; consent form C-2</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA04", css, p1 + p2), fields=f, pages=2,
                kind="school_based_health_center_referral_boxes_with_labels_below_narrow_medicaid_id_comb_plus_consent_to_allergy",
                mode="fine", skew={1: -0.6},
                fax=dict(when="01/28/2026 11:55", name="MONTBELLO SBHC", number=f["referring_fax"],
                         to="3033654522", fmt="d"))


# ====================================================================== PA05
def pa05():
    """Tribal/IHS purchased/referred care (PRC) referral (Montana tribal health center -> ophthalmology/retina):
    small Arial type with Courier entries in boxes, HRN as the chart number, alternate resource (Montana
    Medicaid) with the ID in a comb, PRC authorization, purchase order and tribal enrollment numbers, medical
    priority level (not urgency), appointment date as distractors; page 2 medication list and eligibility."""
    f = {
        "patient_last_name": "Two Feathers",
        "patient_first_name": "Lorraine",
        "patient_dob": "1961-12-30",
        "patient_sex": "F",
        "patient_phone": "4063389127",
        "patient_mrn": "112874",
        "insurance_payer": "Montana Medicaid",
        "insurance_member_id": "7024981356",
        "referring_provider": "Helena Marchetti",
        "referring_npi": npi("121948806"),
        "referring_phone": "4063382200",
        "referring_fax": "4063382271",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Owen Thackeray",
        "diagnosis_codes": ["E11.319", "Z79.4"],
        "reason": "Diabetic retinopathy found on teleretinal screening, moderate NPDR in both eyes. Needs dilated "
                  "exam and retina evaluation.",
        "urgency": "routine",
        "referral_date": "2026-02-03",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:12pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8pt; line-height:1.3; }
h1 { font-size:12pt; text-align:center; margin:4px 0 0 0; border-top:2px solid #000; padding-top:3px; }
.sub { text-align:center; font-size:7.5pt; margin-bottom:3px; }
table.p { width:100%; border-collapse:collapse; table-layout:fixed; }
table.p td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; height:0.36in; }
table.p td .l { display:block; font-size:6.5pt; text-transform:uppercase; }
table.p td .v { display:block; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:9.5pt; font-weight:bold; margin-top:1px; }
table.p tr.s td { background:#000; color:#fff; font-weight:bold; height:auto; font-size:8pt; padding:1px 4px; }
.comb i { font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:9.5pt; font-weight:bold; width:0.17in; height:0.2in; line-height:0.19in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.m { width:100%; border-collapse:collapse; font-size:9pt; }
table.m th, table.m td { border-bottom:1px solid #000; text-align:left; padding:2px 4px; }
"""

    def c(label, value, span=1):
        return f'<td colspan="{span}"><span class="l">{label}</span><span class="v">{value}</span></td>'

    def s(t):
        return f'<tr class="s"><td colspan="6">{t}</td></tr>'

    hd = f"""<div class="hd"><div><div class="n">SWEETGRASS CREEK HEALTH CENTER</div>
<div>Tribal Health Department (P.L. 93-638) &middot; 110 Agency Loop, Sweetgrass Creek MT 59417</div></div>
<div class="r">Clinic {P(f['referring_phone'], 'paren')} &middot; Clinic fax {P(f['referring_fax'], 'paren')}<br>PRC office {P('4063382250', 'paren')} &middot; PRC fax {P('4063382259', 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>PURCHASED / REFERRED CARE (PRC) &mdash; REFERRAL AND AUTHORIZATION</h1>
<div class="sub">PRC is payer of last resort (42 CFR 136.61). Alternate resources must be billed first. Without a PRC authorization number the patient may be responsible for charges.</div>
<table class="p">
{s('1. PATIENT')}
<tr>{c('Patient name (last, first, middle)', 'TWO FEATHERS, LORRAINE ANN', 3)}{c('Health record no. (HRN)', f['patient_mrn'])}{c('Sex', 'F')}{c('Tribe / enrollment no.', 'BF-22871')}</tr>
<tr><td colspan="2"><span class="l">Date of birth (MM DD YYYY)</span>{comb_date(f['patient_dob'], 'gap')}</td>{c('Home phone', P(f['patient_phone'], 'dash'), 2)}{c('Community', 'Heart Butte', 2)}</tr>
<tr>{c('Mailing address', 'PO BOX 214, HEART BUTTE MT 59448', 4)}{c('Emergency contact', 'Wade Two Feathers (son) ' + P('4063381774', 'dash'), 2)}</tr>
{s('2. ALTERNATE RESOURCES (must be billed first)')}
<tr>{c('Primary alternate resource', f['insurance_payer'], 2)}<td colspan="3"><span class="l">Member ID</span>{comb(f['insurance_member_id'], 12)}</td>{c('Verified', 'MEDICAID PORTAL 02/03/26')}</tr>
<tr>{c('Medicare', 'NONE', 2)}{c('Private insurance', 'NONE', 2)}{c('VA / other', 'NONE', 2)}</tr>
{s('3. REFERRAL')}
<tr>{c('Specialty / service', 'OPHTHALMOLOGY - RETINA', 2)}{c('Referred to (provider)', 'OWEN THACKERAY, MD', 2)}{c('Provider phone', P('4067617300', 'dash'), 2)}</tr>
<tr>{c('Facility', 'BIG SKY RETINA CONSULTANTS, 1401 9TH ST S, GREAT FALLS MT 59405', 4)}{c('Facility fax', P('4067617309', 'dash'), 2)}</tr>
<tr>{c('Diagnosis (ICD-10-CM)', 'E11.319 T2DM W UNSP DIABETIC RETINOPATHY W/O MACULAR EDEMA; Z79.4 LONG TERM INSULIN', 6)}</tr>
<tr><td colspan="6" style="height:0.55in"><span class="l">Reason for referral / service requested</span><span class="v">{esc(f['reason'])}</span></td></tr>
<tr>{c('Urgency', box(True) + 'ROUTINE ' + box(False) + 'URGENT ' + box(False) + 'EMERGENT', 3)}{c('PRC medical priority level', 'II - PREVENTIVE CARE SERVICES', 3)}</tr>
<tr><td colspan="2"><span class="l">Referral date (MM DD YYYY)</span>{comb_date(f['referral_date'], 'gap')}</td><td colspan="2"><span class="l">Appointment date (MM DD YYYY)</span>{comb_date('2026-02-26', 'gap')}</td>{c('Appt. time / transport', '10:30 CHR VAN', 2)}</tr>
{s('4. REFERRING PROVIDER')}
<tr>{c('Referring provider', 'HELENA MARCHETTI, MD', 2)}{c('NPI', f['referring_npi'], 2)}{c('Phone / fax', P(f['referring_phone'], 'dash') + ' / ' + P(f['referring_fax'], 'dash'), 2)}</tr>
<tr><td colspan="4" style="height:0.45in"><span class="l">Signature</span><span style="font-family:Z003,cursive;font-size:14pt">Helena Marchetti MD</span></td>{c('Date signed', D(f['referral_date'], 'us'), 2)}</tr>
{s('5. PRC OFFICE USE ONLY')}
<tr>{c('Residency / eligibility', box(True) + 'CHSDA resident ' + box(True) + 'Enrolled member', 2)}{c('PRC authorization no.', 'PRC-26-00417', 2)}{c('Purchase order no.', 'PO 26-1183', 2)}</tr>
<tr>{c('Approved by', 'R. CALFROBE, PRC MGR', 2)}{c('Approved date', D('2026-02-05', 'us'), 2)}{c('Obligated amount', '$ 420.00', 2)}</tr>
</table>
<div class="ft"><span>SCHC form PRC-1 (rev. 2023) &middot; original to PRC office, copy to chart</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>MEDICATION LIST AND SCREENING SUMMARY</h1>
<div class="sub">Attached to PRC referral &middot; TWO FEATHERS, LORRAINE &middot; HRN {f['patient_mrn']} &middot; DOB {D(f['patient_dob'], 'us')}</div>
<table class="m">
<tr><th>Medication</th><th>Sig</th><th>Last filled</th></tr>
<tr><td>insulin glargine 100 unit/mL pen</td><td>32 units subcut at bedtime</td><td>{D('2026-01-20', 'us')}</td></tr>
<tr><td>metformin 1000 mg tab</td><td>1 tab by mouth twice daily</td><td>{D('2026-01-20', 'us')}</td></tr>
<tr><td>lisinopril 10 mg tab</td><td>1 tab by mouth daily</td><td>{D('2026-01-20', 'us')}</td></tr>
<tr><td>atorvastatin 40 mg tab</td><td>1 tab by mouth at bedtime</td><td>{D('2026-01-20', 'us')}</td></tr>
<tr><td>aspirin 81 mg EC tab</td><td>1 tab by mouth daily</td><td>OTC</td></tr>
</table>
<p style="font-size:9pt;line-height:1.4;margin-top:10px"><b>Teleretinal screening</b> {D('2026-01-22', 'us')} (IHS-JVN camera, read by remote reader):
moderate nonproliferative diabetic retinopathy, both eyes; no macular edema evident; image quality adequate. Recommend
in-person retina evaluation within 3-6 months.<br><b>A1c</b> 8.9% ({D('2026-01-22', 'us')}) &nbsp; <b>eGFR</b> 71 &nbsp; <b>BP</b> 138/82<br>
<b>Allergies:</b> sulfa (rash).<br><b>Diabetes educator:</b> Marcy Old Coyote, RN, ext. 2241.</p>
<p style="font-size:9pt;line-height:1.4"><b>Eligibility:</b> Enrolled tribal member, resides within the PRC delivery area. Montana Medicaid active through
{D('2026-06-30', 'us')}. Patient informed that the PRC authorization covers the retina consult and imaging only; any laser or
injection treatment needs a new authorization.</p>
<div class="ft"><span>Sweetgrass Creek Health Center &middot; confidential patient information</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PA05", css, p1 + p2), fields=f, pages=2,
                kind="tribal_ihs_prc_referral_authorization_grid_hrn_alternate_resource_comb_priority_level_po_to_ophthalmology",
                mode="standard", dropouts={1: 2},
                fax=dict(when="02/05/2026 08:44", name="SWEETGRASS CREEK HC", number=f["referring_fax"],
                         to="4067617309", fmt="e"))
