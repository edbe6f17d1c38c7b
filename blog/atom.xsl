<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vietnamese view of the Atom feed (/tin-tuc/atom.xml) when opened in a browser.
  XSLT 1.0 (what browsers support). Referenced from docusaurus.config.ts
  (blog feedOptions.xslt); atom.css beside it is copied with it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />

  <!-- "2025-02-24T00:00:00.000Z" → "24/02/2025" -->
  <xsl:template name="ngay">
    <xsl:param name="d" />
    <xsl:value-of select="concat(substring($d, 9, 2), '/', substring($d, 6, 2), '/', substring($d, 1, 4))" />
  </xsl:template>

  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Nguồn tin Atom: <xsl:value-of select="atom:feed/atom:title" /></title>
        <link rel="stylesheet" href="atom.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Đây là nguồn tin Atom.</strong> Ứng dụng đọc tin dùng địa chỉ này để tự động nhận bài mới.
            Muốn theo dõi, hãy sao chép địa chỉ trang này trên thanh địa chỉ của trình duyệt và dán vào ứng dụng đọc tin RSS hoặc Atom của bạn.
          </p>
          <h1><xsl:value-of select="atom:feed/atom:title" /></h1>
          <p class="blog-description"><xsl:value-of select="atom:feed/atom:subtitle" /></p>
          <p><a href="{atom:feed/atom:link[not(@rel) or @rel = 'alternate']/@href}">Đọc tin trên trang web</a></p>
          <h2>Bài viết mới nhất</h2>
          <ul class="blog-posts">
            <xsl:for-each select="atom:feed/atom:entry">
              <li class="blog-post">
                <h3><a href="{atom:link[not(@rel) or @rel = 'alternate']/@href}"><xsl:value-of select="atom:title" /></a></h3>
                <p class="blog-post-date">
                  <xsl:text>Ngày đăng: </xsl:text>
                  <xsl:call-template name="ngay">
                    <xsl:with-param name="d" select="(atom:published | atom:updated)[1]" />
                  </xsl:call-template>
                </p>
                <p class="blog-post-description"><xsl:value-of select="atom:summary" /></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
