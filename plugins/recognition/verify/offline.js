// Checks a certificate's QR payload in the browser, with the network or without it: the payload
// (after "#" in the scanned address) is a compact JWS signed by the province's key (ES256); the
// public keys and the province's revocation list (a signed Bitstring Status List) are fetched
// when online and kept in localStorage, so that a page opened once keeps working offline. The
// page's service worker (sw.js) serves this page when there is no network.
(function () {
  'use strict';
  var out = document.getElementById('offline-result');
  if (!out) return;
  if ('serviceWorker' in navigator)
    navigator.serviceWorker.register('/verify/sw.js', { scope: '/verify/' }).catch(function () {});

  var text = function (s) {
    return document.createTextNode(String(s));
  };
  var el = function (tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? text(c) : c);
    });
    return e;
  };
  var b64u = function (s) {
    var b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    var a = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);
    return a;
  };
  var json = function (part) {
    return JSON.parse(new TextDecoder().decode(b64u(part)));
  };
  var store = {
    get: function (k) {
      try {
        return JSON.parse(localStorage.getItem('dienhinh.' + k) || 'null');
      } catch (e) {
        return null;
      }
    },
    set: function (k, v) {
      try {
        localStorage.setItem('dienhinh.' + k, JSON.stringify(v));
      } catch (e) {}
    },
  };
  var displayDate = function (iso) {
    var p = String(iso).slice(0, 10).split('-');
    return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : iso;
  };
  var when = function (ms) {
    return new Date(ms).toLocaleString('vi-VN', { hour12: false });
  };

  // Fresh from the server when it answers, else the copy kept from the last time.
  function fetchKept(url, key, read) {
    return fetch(url, { cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return read(r);
      })
      .then(function (v) {
        var kept = { value: v, at: Date.now() };
        store.set(key, kept);
        return kept;
      })
      .catch(function () {
        return store.get(key);
      });
  }

  function verify(token, keys) {
    var parts = token.split('.');
    if (parts.length !== 3)
      return Promise.reject(new Error('Dữ liệu không phải mã QR của hệ thống.'));
    var header = json(parts[0]);
    var jwk = (keys || []).filter(function (k) {
      return k.kid === header.kid;
    })[0];
    if (header.alg !== 'ES256')
      return Promise.reject(new Error('Thuật toán chữ ký không được chấp nhận.'));
    if (!jwk)
      return Promise.reject(
        new Error('Chưa có khóa công khai của cơ quan cấp: mở trang này một lần khi có mạng.'),
      );
    return crypto.subtle
      .importKey(
        'jwk',
        { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['verify'],
      )
      .then(function (key) {
        return crypto.subtle.verify(
          { name: 'ECDSA', hash: 'SHA-256' },
          key,
          b64u(parts[2]),
          new TextEncoder().encode(parts[0] + '.' + parts[1]),
        );
      })
      .then(function (ok) {
        if (!ok)
          throw new Error(
            'Chữ ký của mã QR không hợp lệ: nội dung đã bị sửa hoặc không do cơ quan này cấp.',
          );
        return { payload: json(parts[1]), key: jwk };
      });
  }

  function revokedAt(encodedList, index) {
    var gz = b64u(encodedList.slice(1));
    var stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buf) {
      var bytes = new Uint8Array(buf);
      return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
    });
  }

  function show(kind, title, rows, note) {
    out.replaceChildren(
      el('h2', {}, ['Kiểm tra bằng mã QR (không cần máy chủ)']),
      el('p', { class: 'status ' + kind, 'data-offline-status': kind }, [title]),
      el(
        'table',
        {},
        rows.map(function (r) {
          return el('tr', {}, [el('th', {}, [r[0]]), el('td', {}, [r[1]])]);
        }),
      ),
      el('p', { class: 'note' }, [note]),
    );
  }

  var token = decodeURIComponent(location.hash.slice(1));
  var serial = decodeURIComponent(location.pathname.split('/').pop() || '');
  if (!token) {
    if (document.body.dataset.offlineShell)
      show(
        'pending',
        'KHÔNG CÓ DỮ LIỆU MÃ QR',
        [],
        'Địa chỉ này không kèm dữ liệu của mã QR; hãy quét lại mã trên giấy chứng nhận.',
      );
    // Keys and lists are still kept for later, offline use.
    fetchKept('/verify/keys.json', 'keys', function (r) {
      return r.json();
    });
    return;
  }
  fetchKept('/verify/keys.json', 'keys', function (r) {
    return r.json();
  })
    .then(function (kept) {
      return verify(token, kept && kept.value.keys);
    })
    .then(function (v) {
      var p = v.payload;
      return fetchKept(
        '/verify/status/' + encodeURIComponent(p.iss),
        'status.' + p.iss,
        function (r) {
          return r.text();
        },
      ).then(function (list) {
        var rows = [
          ['Số giấy chứng nhận', p.sn],
          ['Đơn vị', p.u],
          ['Danh hiệu', (p.m ? 'Duy trì đạt' : 'Đạt') + ' đơn vị điển hình năm ' + p.y],
          ['Quyết định', 'Số ' + p.qd + ' ngày ' + displayDate(p.nd)],
          ['Tỉnh / thành phố cấp', v.key.name || p.iss],
        ];
        if (p.sn !== serial && serial)
          rows.push(['Lưu ý', 'Số trên địa chỉ (' + serial + ') khác số trong mã QR.']);
        if (!list)
          return show(
            'pending',
            'CHỮ KÝ HỢP LỆ — CHƯA CÓ DANH SÁCH THU HỒI',
            rows,
            'Mã QR do ' +
              (v.key.name || p.iss) +
              ' ký. Chưa tải được danh sách thu hồi; mở lại khi có mạng để biết còn hiệu lực hay không.',
          );
        return verify(list.value, [v.key]).then(function (s) {
          return revokedAt(s.payload.credentialSubject.encodedList, p.sl).then(function (revoked) {
            var age =
              'Danh sách thu hồi ký ngày ' +
              when(Date.parse(s.payload.validFrom)) +
              ', tải lúc ' +
              when(list.at) +
              (navigator.onLine ? '.' : ' (đang không có mạng).');
            if (revoked)
              show(
                'revoked',
                'ĐÃ BỊ THU HỒI',
                rows,
                'Chữ ký của mã QR hợp lệ, nhưng giấy chứng nhận này có trong danh sách thu hồi. ' +
                  age,
              );
            else
              show(
                'valid',
                'CÒN HIỆU LỰC',
                rows,
                'Chữ ký của mã QR hợp lệ và giấy chứng nhận không có trong danh sách thu hồi. ' +
                  age,
              );
          });
        });
      });
    })
    .catch(function (err) {
      show('revoked', 'KHÔNG XÁC MINH ĐƯỢC', [], err.message);
    });
})();
